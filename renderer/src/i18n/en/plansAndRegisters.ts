import type { Resources } from '../zhCN.ts';

/** English UI text of the annual press-release plans and the unit registers. */
export const plansAndRegistersEn: Pick<Resources['scheduling'], 'plans' | 'registers'> = {
  plans: {
    title: 'Annual release plans',
    intro:
      'Each unit plans its year (topic, quarter, form); plans are set against actual events by quarter and form, or by the request a line is linked to.',
    summary: 'Plans against actual by unit',
    planned: 'Planned',
    underway: 'Scheduled or in approval',
    unplanned: 'Unplanned',
    noPlan: 'No plan',
    unitTitle: '{{unit}}: plan for {{year}}',
    editTitle: 'Edit the {{year}} plan of {{unit}}',
    edit: 'Edit plan',
    empty: 'No plan for this year yet.',
    emptyPurpose:
      'The annual plan lists the press conferences and online interviews the unit means to hold each quarter; the compliance board checks them against what was held.',
    emptyHintEdit: 'No plan for this year yet. Press “Edit plan” to give each quarter its topic.',
    quarter: 'Quarter',
    topic: 'Topic',
    note: 'Note',
    actual: 'Actual event',
    link: 'Linked request',
    autoMatch: 'Match by quarter and form',
    line: 'Line {{number}}',
    addLine: 'Add a line',
    removeLine: 'Remove line {{number}}',
    save: 'Save plan',
    unplannedTitle: 'Approved events outside the plan',
    statuses: {
      done: 'Done',
      scheduled: 'Scheduled',
      inProgress: 'In approval',
      pending: 'Pending',
      missed: 'Missed',
    },
  },
  registers: {
    title: 'Registers',
    tabs: {
      spokesperson: 'Spokespersons',
      expert: 'Expert pool',
      account: 'New-media accounts',
      profiles: 'Units',
    },
    rules: {
      spokesperson:
        'Spokespersons are filed with the county news office by the end of December, and again after any change.',
      expert:
        'The policy-interpretation expert pool is filed with the news office by the end of December, and after changes.',
      account:
        'Government Weibo and WeChat accounts are filed with the county information centre after opening.',
      profiles:
        'The principal head is used for the yearly attendance and interview rules; the news office designates departments.',
    },
    add: 'Add to {{register}}',
    addTitle: 'Add to {{register}}',
    editTitle: 'Edit {{register}} entry',
    edit: 'Edit',
    remove: 'Delete',
    confirmRemove:
      'Delete this entry for good? (For someone who left, enter the end date instead.)',
    save: 'Save',
    empty: 'Nothing registered.',
    emptyPurpose: {
      spokesperson:
        'The spokesperson register lists each unit’s spokespersons, their appointment and filing dates; the compliance board checks the filings against it.',
      expert:
        'The expert register lists the experts each unit may invite to explain policy, and their filing.',
      account:
        'The new-media register lists each unit’s government Weibo, WeChat and other accounts, and their filing.',
    },
    emptyHint:
      'Nothing registered yet. Press “Register {{register}}” at the top right to add the first.',
    emptyHintView:
      'Nothing registered yet. Units’ drafters, spokespersons or the news office register entries.',
    deadline: 'Due',
    actions: 'Actions',
    kind: 'Kind',
    headName: 'Principal head',
    headTitle: 'Title',
    designatedOf: '{{unit}} is a designated department',
    filedByOffice: 'Recorded by the county news office',
    fields: {
      unitId: 'Unit',
      name: 'Name',
      title: 'Title',
      phone: 'Phone',
      appointedOn: 'Appointed',
      filedOn: 'Filed',
      removedOn: 'Left office',
      note: 'Note',
      field: 'Field',
      organisation: 'Organisation',
      addedOn: 'Added',
      platform: 'Platform',
      accountName: 'Account',
      openedOn: 'Opened',
      closedOn: 'Closed',
    },
    platforms: { weibo: 'Weibo', wechat: 'WeChat', other: 'Other' },
    standings: { filed: 'Filed', filedLate: 'Filed late', pending: 'To file', overdue: 'Overdue' },
    ended: {
      spokesperson: 'left {{date}}',
      expert: 'left the pool {{date}}',
      account: 'closed {{date}}',
    },
  },
};
