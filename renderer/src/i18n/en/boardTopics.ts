/** English UI text of the board's post-event review and public-concern counts. */
export const boardTopicsEn = {
  title: 'Post-event reviews and responses to public concern',
  caption: 'Post-event reviews and responses to public concern by unit, {{period}}',
  period: 'Period',
  yearLabel: 'the whole of {{year}}',
  unit: 'Unit',
  total: 'County total',
  evaluation: 'Post-event review',
  concerns: 'Public concern',
  reviewed: 'Reviewed',
  findings: 'Findings',
  verified: 'Confirmed',
  registered: 'Registered',
  responded: 'Responded',
  average: 'Average time',
  longest: 'Longest',
  overdueInfo: 'Over 5 h',
  overdueConference: 'Over 24 h',
  none: '—',
  empty: 'No event with a reviewed transcript and no item of public concern in {{period}}.',
  counting:
    'How this is counted: an event counts in the quarter it was held, once its transcript is reviewed (and unchanged since); findings leave out prepared answers nobody asked for; confirmed are those the news office marked Verified. An item of public concern counts in the quarter it was first seen, under its responsible unit, or under each unit concerned while none is (once in the county total); responded means closed by a release, timed in natural hours from first sight; over 5 h / 24 h are items on the clock (Major, Critical or marked) whose limit passed before a release, answered late or not yet.',
};
