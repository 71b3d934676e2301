import type { Resources } from '../zhCN.ts';
import { plansAndRegistersEn } from './plansAndRegisters.ts';

/** English UI text of scheduling and compliance. */
export const schedulingEn: Resources['scheduling'] = {
  nav: {
    schedule: 'Calendar',
    plans: 'Annual release plans',
    compliance: 'Compliance board',
    registers: 'Registers',
    rules: 'Release rules',
  },
  close: 'Close',
  weekdays: {
    mon: 'Mon',
    tue: 'Tue',
    wed: 'Wed',
    thu: 'Thu',
    fri: 'Fri',
    sat: 'Sat',
    sun: 'Sun',
  },
  labels: {
    year: '{{year}}',
    yearQuarter: '{{quarter}} {{year}}',
    month: '{{month}}/{{year}}',
    day: '{{day}}/{{month}}',
    fullDate: '{{day}}/{{month}}/{{year}}',
    dayWithWeekday: '{{weekday}} {{day}}/{{month}}',
  },
  periods: { q1: 'Q1', q2: 'Q2', q3: 'Q3', q4: 'Q4', year: 'Year' },
  columns: {
    time: 'Time',
    event: 'Event',
    unit: 'Unit',
    form: 'Form',
    venue: 'Venue',
    state: 'State',
  },
  filter: {
    unit: 'Unit',
    allUnits: 'All units',
    form: 'Form',
    allForms: 'All forms',
    state: 'State',
    plannedAndApproved: 'Planned and approved',
  },
  calendar: {
    title: 'Calendar',
    navigate: 'Change dates',
    mode: 'View',
    modes: { month: 'Month', week: 'Week', agenda: 'Agenda' },
    previous: { month: 'Previous month', week: 'Previous week', agenda: 'Previous month' },
    next: { month: 'Next month', week: 'Next week', agenda: 'Next month' },
    today: 'Today',
    weekLabel: '{{from}} to {{to}}',
    dayKinds: { holiday: 'Off', workday: 'Work' },
    holidayNote: ' ({{name}})',
    more: '{{count}} more',
    fewer: 'Fewer',
    none: 'No events in this period.',
    emptyPurpose:
      'The agenda lists the press conferences and online interviews requested or approved in this period, to keep times and venues apart.',
    emptyHint:
      'No events in this period. Go to another period, or start a new request under “Requests”.',
    conflict: 'Conflict',
    hasConflict: 'conflicts with another booking',
    conflictSummary:
      '{{count}} clashes of venue or people in this view; the events concerned are marked ⚠.',
    conflictSummary_one:
      '{{count}} clash of venue or people in this view; the events concerned are marked ⚠.',
    legend: {
      title: 'Legend',
      approved: 'Approved',
      inReview: 'Drafted or in approval',
      emergency: 'Emergency',
      conflict: 'Venue or people clash',
    },
    exportShown: 'Export calendar file (.ics)',
    exported: 'Exported {{name}}; import it into Outlook or a phone calendar.',
  },
  event: {
    kind: ' ({{kind}})',
    open: 'Open event',
    exportIcs: 'Add to calendar (.ics)',
  },
  conflicts: {
    title: 'Scheduling conflicts',
    onForm: 'Scheduling conflict: the venue or people are already booked at this time',
    atNewTime: 'Conflicts at the new time',
    otherBooking: "another unit's event in approval",
    with: 'Clashes with {{unit}} "{{title}}" ({{when}}): ',
    resources: {
      venue: 'venue {{name}}',
      spokesperson: 'spokesperson {{name}}',
      leader: 'host or main speaker {{name}}',
    },
    separator: '; ',
  },
  reschedule: {
    title: 'Reschedule: {{title}}',
    voids:
      'Rescheduling voids the approval: the request must be approved again by the unit head, the news office and the competent authority. Confirm to go ahead.',
    confirm: 'Reschedule',
    done: '"{{title}}" was rescheduled; its approval is void. Please submit it again.',
    invalidTime: 'Enter the new start time.',
    reasonRequired: 'Give the reason for the change.',
  },
  status: {
    met: 'Met',
    atRisk: 'At risk',
    missed: 'Missed',
    open: 'Open',
    notStarted: 'Not started',
    notApplicable: 'Not applicable',
  },
  notes: {
    noPrincipalHead: '(No principal head on record: enter one under Registers.)',
    noEntries: '(Nothing registered.)',
    notFiled: '(Not filed.)',
    filedLate: '(Filed late.)',
  },
  rules: {
    pressConference: {
      short: 'Press conference',
      long: 'At least one press conference per quarter (emergency releases count; cancelled, postponed and rescheduled-awaiting-approval do not).',
    },
    newsOfficeAppearance: {
      short: 'News-office attendance',
      long: 'Designated departments: the spokesperson or a responsible official attends a news-office press conference at least once a quarter.',
    },
    principalHeadAppearance: {
      short: 'Head at conference',
      long: 'Designated departments: the principal head attends a news-office press conference at least once a year.',
    },
    onlineInterviews: {
      short: 'Online interviews',
      long: 'Government departments hold at least two online interviews on the government website a year.',
    },
    principalHeadInterview: {
      short: 'Head interview',
      long: 'Principal heads of each level of government take part in one online interview a year.',
    },
    spokespersonFiling: {
      short: 'Spokesperson filed',
      long: 'Appoint a spokesperson and file the name with the county news office by the end of December.',
    },
    expertPoolFiling: {
      short: 'Expert pool filed',
      long: 'Set up the policy-interpretation expert pool and file it with the news office by the end of December.',
    },
    newMediaFiling: {
      short: 'New media filed',
      long: 'File government Weibo and WeChat accounts with the county information centre once opened.',
    },
  },
  exclusions: {
    cancelled: 'cancelled: does not count',
    postponed: 'postponed: counts once approved again',
    rescheduledAwaitingApproval: 'rescheduled: awaiting approval',
    pendingApproval: 'not approved yet',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  },
  board: {
    title: 'Compliance board',
    year: 'Year',
    tabs: { board: 'Board', notice: 'Circulated notice' },
    matrix: 'Units’ standing in {{year}}',
    group: '{{kind}} ({{count}})',
    caption: 'How each unit stands against the release rules in {{year}}',
    designated: 'Designated',
    designatedHint: 'A department close to the economy and people’s livelihood',
    cellName: '{{unit}} {{period}} {{rule}}: {{status}} ({{count}}/{{required}})',
    upcoming: '{{count}} still ahead',
    onlyAttention: 'Only units with missed or at-risk rules',
    counting:
      'What counts: approved requests with a start time in the quarter (or year), including those still ahead; cancelled ones never; postponed or rescheduled ones once approved again, at their new time; emergency releases count as press conferences.',
  },
  warnings: {
    title: 'Early warnings',
    rules: {
      pressConference:
        '$t(dates.dayCount, {"count": {{days}} }) left in {{period}}: {{count}} units have no approved press conference',
      pressConference_one:
        '$t(dates.dayCount, {"count": {{days}} }) left in {{period}}: {{count}} unit has no approved press conference',
      newsOfficeAppearance:
        '$t(dates.dayCount, {"count": {{days}} }) left in {{period}}: {{count}} designated departments have not attended a news-office conference',
      newsOfficeAppearance_one:
        '$t(dates.dayCount, {"count": {{days}} }) left in {{period}}: {{count}} designated department has not attended a news-office conference',
      principalHeadAppearance:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: the principal heads of {{count}} designated departments have not attended',
      principalHeadAppearance_one:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: the principal head of {{count}} designated department has not attended',
      onlineInterviews:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: {{count}} departments short of online interviews',
      onlineInterviews_one:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: {{count}} department short of online interviews',
      principalHeadInterview:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: {{count}} principal heads have not taken part in an online interview',
      principalHeadInterview_one:
        '$t(dates.dayCount, {"count": {{days}} }) left in the year: {{count}} principal head has not taken part in an online interview',
      spokespersonFiling:
        '$t(dates.dayCount, {"count": {{days}} }) to the spokesperson filing deadline ({{deadline}}): {{count}} units not filed',
      spokespersonFiling_one:
        '$t(dates.dayCount, {"count": {{days}} }) to the spokesperson filing deadline ({{deadline}}): {{count}} unit not filed',
      expertPoolFiling:
        '$t(dates.dayCount, {"count": {{days}} }) to the expert-pool filing deadline ({{deadline}}): {{count}} units not filed',
      expertPoolFiling_one:
        '$t(dates.dayCount, {"count": {{days}} }) to the expert-pool filing deadline ({{deadline}}): {{count}} unit not filed',
      newMediaFiling: '{{count}} units have new-media accounts nearing their filing deadline',
      newMediaFiling_one: '{{count}} unit has new-media accounts nearing their filing deadline',
    },
    submitBy: 'To hold one in time, submit the request by {{date}}.',
    submitPassed:
      'The last day to submit a request in time ({{date}}) has passed; only emergencies can still count.',
    units: 'Units concerned ({{count}})',
    joiner: ', ',
  },
  charts: {
    quarterly: 'Press conferences by quarter (units)',
    yearly: 'Yearly rules (units)',
  },
  cell: {
    title: '{{unit}} · {{period}} · {{rule}}',
    summary: '{{status}}: {{count}}/{{required}}.',
    counted: 'Counted',
    notCounted: 'Not counted',
    filings: 'Entries and filings',
    filingName: '{{name}}: ',
    filedOn: 'filed {{date}}',
    notFiled: 'not filed',
    deadline: ' (due {{date}})',
    nothing: 'Nothing recorded for this rule in {{year}}.',
  },
  notice: {
    period: 'Period',
    draft: 'Draft the notice',
    about:
      'A circulated notice is a document the county news office issues for a quarter or the year on how each unit met the release rules: the overall picture, the units that met and missed them, what is still open and what comes next.',
    recipients:
      'It goes to every township government, the industrial park committee and every county department. Issuing it gives it the next document number in the register; a draft takes none and can be exported for comment first.',
    none: 'No notice has been drafted for {{period}} yet.',
    hint: 'The draft comes from the board; edit any part. The Word file holds exactly the edited text. The title may take several lines.',
    confirmRedraft: 'Drafting again discards your edits. Continue?',
    titleField: 'Title',
    addressee: 'Addressees',
    opening: 'Opening',
    sections: 'Sections',
    heading: 'Heading of section {{number}}',
    style: 'Layout of section {{number}}',
    styles: { list: 'Numbered list', paragraphs: 'Paragraphs' },
    lines: 'Section {{number}}, one item per line',
    removeSection: 'Remove section {{number}}',
    addSection: 'Add a section',
    closing: 'Closing',
    organisation: 'Issuing office',
    date: 'Date',
    export: 'Issue and export Word file',
    exportDraft: 'Export draft (no number)',
    issueHint:
      'Issuing takes a document number, entered in the document register; the same period’s notice issued again keeps it. A draft is marked as such on every page and takes no number.',
    exported: 'Exported {{name}} (check code {{hash}})',
  },
  ...plansAndRegistersEn,
  rulesSettings: {
    title: 'Release rules',
    intro:
      'Counties differ: these numbers and deadlines drive the compliance board, warnings and notices. A count set to 0 is not checked.',
    countsTitle: 'How many',
    pressConferencesPerQuarter: 'Press conferences per unit per quarter',
    newsOfficeAppearancesPerQuarter:
      'Designated departments at news-office conferences per quarter',
    principalHeadAppearancesPerYear:
      'Principal heads of designated departments at news-office conferences per year',
    onlineInterviewsPerYear: 'Online interviews per department per year',
    principalHeadInterviewsPerYear: 'Online interviews per principal head per year',
    deadlinesTitle: 'Deadlines',
    spokespersonFilingDeadline: 'Spokespersons filed by (MM-DD)',
    expertPoolFilingDeadline: 'Expert pool filed by (MM-DD)',
    monthDayHint: 'For example 12-31',
    newMediaFilingDays: 'Days after opening to file a new-media account',
    earlyWarningWorkingDays: 'Warn when this many working days are left',
    kindsTitle: 'Units the rules bind',
    kinds: {
      pressConferences: 'Quarterly press conference',
      onlineInterviews: 'Yearly online interviews',
      principalHeadInterviews: 'Principal head online interview',
      filings: 'Spokesperson and expert-pool filing',
    },
    save: 'Save',
    saved: 'Saved.',
  },
  reminders: {
    title: 'Reminders',
    summary: 'Reminders ({{count}})',
    today: 'Today',
    inDays: 'In $t(dates.dayCount, {"count": {{days}} })',
    overdue: '$t(dates.dayCount, {"count": {{days}} }) overdue',
    eventSoon: '{{date}} {{unit}}: "{{title}}"',
    requestDue: 'Submit the request for "{{title}}" by {{date}}',
    materialsDue: 'Statement and Q&A for "{{title}}" due by {{date}}',
    quarterConference: '{{unit}} has no approved press conference this quarter (ends {{date}})',
    spokespersonFiling: '{{unit}}: file the spokesperson with the news office by {{date}}',
    expertPoolFiling: '{{unit}}: file the expert pool with the news office by {{date}}',
    accountFiling: '{{unit}}: file the account "{{title}}" with the information centre by {{date}}',
    unitsAtRisk: '{{rule}}: {{count}} units at risk (deadline {{date}})',
    unitsAtRisk_one: '{{rule}}: {{count}} unit at risk (deadline {{date}})',
  },
};
