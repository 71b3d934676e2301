/** Where a search hit of each kind opens (a route); a feature adds its kinds here. */
export const searchTargets: Readonly<Record<string, (refId: string) => string>> = {
  request: (refId) => `events/${refId}`,
};
