/** Typed errors a caller of the store can tell apart. */

/** The browser refused a write for lack of space; nothing of that write was saved. */
export class StoreQuotaError extends Error {
  override readonly name = 'StoreQuotaError';
  constructor(what: string, options?: { cause?: unknown }) {
    super(`Opslag vol: ${what} is niet bewaard`, options);
  }
}

/** A record handed to a put method does not match its schema: a programming error, not user data. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    what: string,
    readonly issues: string[],
  ) {
    super(`${what} is ongeldig: ${issues.join('; ')}`);
  }
}

/** The database was taken over by a newer version in another context; this connection cannot continue. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor(options?: { cause?: unknown }) {
    super('De opslag is overgenomen door een nieuwere versie van Vinkje', options);
  }
}

/** QuotaExceededError from IndexedDB, or the "QUOTA_BYTES" message from storage.local. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError' || name === 'StoreQuotaError') return true;
  return typeof message === 'string' && /quota/i.test(message);
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
