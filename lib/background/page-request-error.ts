/**
 * A request from an extension page that the person can correct (a lead time of 400 days, 31
 * February). Its Dutch message reaches the person unchanged as `{ ok: false, error }`.
 */
export class PageRequestError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'PageRequestError';
  }
}
