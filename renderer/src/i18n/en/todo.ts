import type { Resources } from '../zhCN.ts';

/** English UI text of the to-do list, the home page and the bell. */
export const todoEn: Resources['todo'] = {
  title: 'To do',
  mine: 'My to-do list',
  countLabel: '{{count}} to do',
  allClear: 'Nothing is waiting for you right now.',
  allClearHint:
    'Submitted requests, materials for you to sign and transcripts for you to review appear here, with their number beside “To do” on the left.',
  late: 'Overdue',
  open: 'Open',
  newRequest: 'New request',
  sections: {
    setup: 'Next steps of setting up',
    decisions: 'Waiting for my decision',
    emergencies: 'Emergency releases awaiting ratification',
    drafts: 'My requests (to complete or revise)',
    signOffs: 'Materials for me to sign',
    transcripts: 'Transcripts for me to review',
    answers: 'Approved answers ending soon (within $t(dates.dayCount, {"count": {{days}} }))',
    concerns: 'Public concerns',
    deadlines: 'Deadlines and reminders',
    exchange: 'Package records to resolve',
  },
  empty: {
    setup: 'Setup is complete.',
    decisions:
      'Requests waiting for your {{act}} appear here once the drafter submits or the level below approves.',
    emergencies:
      'Emergency releases the news office fast-tracked, awaiting the competent authority’s ratification.',
    drafts: 'Your requests not yet submitted, or returned for changes.',
    signOffs:
      'Materials whose clearance checklist names your role for an item not yet signed (except materials you drafted or edited).',
    transcripts:
      'Ended transcripts not yet reviewed (a transcript you took down is reviewed by someone else).',
    answers:
      'Your unit’s approved answers in use that end within $t(dates.dayCount, {"count": {{days}} }) or have ended. Extend or retire them.',
    concerns:
      'Concerns assigned to your unit, with their response clocks; the news office also sees overdue ones.',
    deadlines: 'Due dates of requests, materials and filings, and events coming soon.',
    exchange: 'Records held back when importing a package (conflicting sequence numbers).',
  },
  decisionTitles: {
    review: 'Waiting for my review',
    approval: 'Waiting for my approval',
    reviewAndApproval: 'Waiting for my review or approval',
  },
  decisionActs: { review: 'review', approval: 'approval', reviewAndApproval: 'review or approval' },
  hints: {
    drafts: 'Click “New request” to start an event.',
  },
  setupIntro: 'Setup is done. Work through these steps; each is ticked once done:',
  setupSteps: {
    addUsers: 'Add users',
    confirmUnits: 'Check the units',
    registerPeer: 'Register the other office’s workbench',
    importHolidays: 'Import public holidays',
  },
  setupHelp: {
    addUsers: 'Create accounts for drafters, unit heads, news office reviewers and the others.',
    confirmUnits:
      'Check the units’ names and kinds; done once every unit has a user, or you have changed the units.',
    registerPeer:
      'Register the key card of the other office’s workbench and check its fingerprint by phone.',
    importHolidays:
      'Import the coming year’s public holidays and make-up working days, so deadlines count working days.',
  },
  done: 'Done',
  notDone: 'Not done',
  signOffItems: 'To sign: {{items}}',
  eventAt: 'Event at {{time}}',
  endedAt: 'Transcript ended {{time}}',
  validUntil: 'Valid until {{date}}',
  expired: 'Ended',
  quarantined: 'From {{origin}}, package {{file}}',
  watch: 'Watching',
  upcomingEmpty: 'Events to be held within 60 days appear here once their request has a date.',
  unratifiedEmpty:
    'Emergency releases the news office fast-tracked, awaiting ratification. None now.',
  notifications: {
    markAllRead: 'Mark all read',
    today: 'Today',
    yesterday: 'Yesterday',
    showEarlier: 'Show earlier notifications ({{count}})',
    unreadMark: 'Unread',
    allRead: 'No unread notifications.',
  },
};
