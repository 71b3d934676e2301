/** English UI text of the 发布评估 (post-event review) screen. */
export const evaluationEn = {
  nav: 'Post-event review',
  title: 'Post-event review',
  intro:
    'The reviewed transcript held against the approved materials, point by point: figures said, forbidden and sensitive words, content that was not to be said, questions no talking point prepared, and prepared points nobody asked. Each finding shows the matched words on both sides.',
  reviewed: 'Transcript reviewed by {{name}}, {{at}}',
  backToEvent: 'Back to the event',
  exportWord: 'Export Word',
  exported: 'Exported {{name}}.',
  noFindings: 'None found.',
  count: '{{count}}',
  kinds: {
    figureDiffers: 'Figures that differ from the materials',
    wordingSpoken: 'Forbidden or sensitive words spoken',
    unsayableRepeated: 'Content that was not to be said',
    questionUnprepared: 'Questions with no prepared answer',
    answerNeverAsked: 'Prepared answers never asked (for the record)',
  },
  kindHints: {
    figureDiffers:
      'An amount, count, percentage, date or unit name said differently from the approved materials on the same subject.',
    wordingSpoken: 'A word on the forbidden or sensitive list was spoken.',
    unsayableRepeated:
      'An answer repeats much of a “may not say” item (shared phrases of four or more characters cover half of it or more).',
    questionUnprepared: 'A reporter’s question not close enough to any prepared question.',
    answerNeverAsked: 'A prepared answer nobody asked for.',
  },
  turn: 'Turn {{seq}} · {{speaker}} · {{time}}',
  recording: 'Recording {{offset}}',
  openTurn: 'Open in transcript',
  said: 'Said',
  approved: 'Approved',
  similarity: 'Similarity {{value}}%',
  matched: 'Matched: {{words}}',
  noPrepared: 'No questions were prepared for this event.',
  mark: {
    label: 'Note',
    placeholder: 'What was checked, e.g. confirmed with the source unit',
    verified: 'Verified',
    noIssue: 'No issue',
    by: '{{name}} · {{at}}',
    unmarked: 'Not yet checked',
  },
  addToLibrary: 'Add to answer library',
  added: 'Drafted “{{question}}” in the answer library, owned by the unit. Complete it there.',
};
