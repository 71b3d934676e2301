import type { Resources } from '../zhCN.ts';

/** English UI text of the key card and of fingerprints read by phone. */
export const keyCardEn: Resources['keyCard'] = {
  title: 'This installation’s exchange card',
  officeName: 'Office',
  installationId: 'Installation',
  showFullId: 'Show the full id',
  hideFullId: 'Hide the full id',
  fullId: 'Full id',
  fingerprint: 'Key fingerprint',
  createdAt: 'Key made on',
  readAloud:
    'When checking by phone with the other administrator, read the fingerprint group by group (four characters each); register only when both agree.',
  copy: 'Copy card',
  copied:
    'Card copied. Give it to the other administrator to paste under “Register another installation”.',
  print: 'Print',
  showText: 'Show the card text',
  text: 'Card text (what “Copy card” copies)',
  printedFrom: 'Printed from the Press Workbench of {{officeName}}',
};
