/** Where a search hit of each kind opens (a route), from its record id and its event. */
export const searchTargets: Readonly<
  Record<string, (refId: string, eventId: string | null) => string>
> = {
  request: (refId) => `events/${refId}`,
  material: (_refId, eventId) => `materials/${eventId ?? ''}`,
  transcriptTurn: (refId, eventId) => `transcripts/${eventId ?? ''}/${refId}`,
  answerLibrary: () => 'answers',
};
