import type { Resources } from '../zhCN.ts';

/** English UI text of the document-number register and the document-issuing settings. */
export const documentNumbersEn: Resources['documentNumbers'] = {
  nav: 'Document register',
  title: 'Document number register',
  intro:
    'Each circulated notice and approval letter takes the next number for its agency code and year: never skipped, never given twice; the same paper exported again keeps its number. A voided number stays in the register with its reason and is not used again.',
  noAgencyCode:
    'No agency code is set: papers are issued without a document number. An administrator sets it under Settings.',
  year: 'Year',
  allYears: 'All years',
  yearOption: '{{year}}',
  empty: 'No numbers issued in this year yet.',
  emptyPurpose:
    'The register lists every document number the news office issues (notices, approval letters) in order; voided numbers stay here too.',
  emptyHint:
    'No numbers issued in this year yet. Issuing a notice or an approval letter takes the next number.',
  columns: {
    number: 'Document number',
    kind: 'Kind',
    title: 'Title',
    issuedOn: 'Issued on',
    issuedBy: 'Issued by',
    status: 'Status',
    actions: 'Actions',
  },
  kinds: { notice: 'Circulated notice', approvalLetter: 'Approval letter' },
  valid: 'Valid',
  voided: 'Voided',
  voidedDetail: 'Voided: {{reason}} ({{name}}, {{date}})',
  void: 'Void',
  voidLabel: 'Void {{number}}',
  voidTitle: 'Void {{number}}',
  voidHint:
    'A voided number stays in the register and is not used again; the paper takes a new number when it is issued again.',
  reason: 'Reason',
  reasonRequired: 'Give the reason for voiding.',
  confirmVoid: 'Void the number',
  cancel: 'Cancel',
  voidDone: '{{number}} is voided.',
  settings: {
    title: 'Document numbers and letterhead',
    intro:
      'Circulated notices and approval letters are numbered with this code; the letterhead shows the issuing authority, the record note the printing office.',
    agencyCode: 'Agency code',
    agencyCodeHint:
      '1 to 8 Chinese characters, as 示政新 in the number 示政新〔2026〕3号 for example. Leave empty for no numbers.',
    issuerMark: 'Issuing authority (letterhead)',
    printedBy: 'Printed by',
    defaultsTo: 'Empty: “{{officeName}}”',
  },
};
