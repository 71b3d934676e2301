/** Connection-level failures of PostgreSQL (class 08, shutdown 57P*) and refused sockets. */
export function databaseUnavailable(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
  return (
    (typeof code === 'string' &&
      (code.startsWith('08') ||
        code.startsWith('57P') ||
        ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code))) ||
    (error instanceof Error && /Connection terminated|timeout exceeded/i.test(error.message))
  );
}
