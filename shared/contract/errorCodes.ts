/** Error codes shared by main and the renderer; messages are Chinese and written where raised. */
export const errorCodes = {
  invalidInput: 'invalid_input',
  unknownChannel: 'unknown_channel',
  notSignedIn: 'not_signed_in',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  internal: 'internal',
} as const;
