/**
 * A request from an extension page that the person can correct (a lead time of 400 days, 31
 * February). Its reasons, in Dutch and English, reach the page as `{ ok: false, error, reasons }`;
 * the message is the Dutch one, for logs and for callers that read only `error`.
 */
import type { LocalText } from '../core/format';

export class PageRequestError extends Error {
  constructor(readonly reasons: LocalText[]) {
    super(reasons.map((r) => r.nl).join('\n'));
    this.name = 'PageRequestError';
  }
}
