import type { Resources } from '../zhCN.ts';

/** English UI text of a hash shown as a check code with its full value one click away. */
export const checkCodeEn: Resources['checkCode'] = {
  showFull: 'Show the full value',
  hideFull: 'Hide the full value',
  fullLabel: 'Full value (SHA-256)',
  copy: 'Copy',
  copied: 'The full value was copied.',
};
