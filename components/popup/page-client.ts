/**
 * How the popup and the options page talk to the background: one message, one `PageAnswer`. A refusal
 * the person can act on (the background's reasons, in Dutch and English) is kept as it is; a failure of
 * the messaging itself becomes one plain sentence.
 */
import { browser } from 'wxt/browser';
import type { LocalText } from '../../lib/core/format';
import type { PageAnswer, PageAnswers, PageMessage } from '../../lib/messages';

export class PageClientError extends Error {
  constructor(
    /** 'refused': the background said why; 'unavailable': no usable answer came back. */
    readonly kind: 'refused' | 'unavailable',
    message: string,
    /** For a refusal: each reason in both languages. */
    readonly reasons: LocalText[] = [],
  ) {
    super(message);
    this.name = 'PageClientError';
  }
}

/** The router's own error codes carry no advice for a person. */
const TECHNICAL_ERRORS = new Set(['failed', 'sender rejected', 'malformed message']);

export function isPageAnswer(value: unknown): value is PageAnswer {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return (value as { ok: unknown }).ok === true || ((value as { ok: unknown }).ok === false && typeof (value as { error?: unknown }).error === 'string');
}

/**
 * What an answer means for the page: its data, or the error to show. The data's type is the one the
 * protocol gives the message asked (PageAnswers): the background's router is the only sender.
 */
export function unwrapAnswer<M extends PageMessage>(answer: unknown): PageAnswers[M['type']] {
  if (!isPageAnswer(answer)) throw new PageClientError('unavailable', 'no answer');
  if (answer.ok) return answer.data as PageAnswers[M['type']];
  if (TECHNICAL_ERRORS.has(answer.error)) throw new PageClientError('unavailable', answer.error);
  // A refusal without reasons in both languages still says why, in the words it came with.
  const reasons = answer.reasons ?? answer.error.split('\n').map((line) => ({ nl: line, en: line }));
  throw new PageClientError('refused', answer.error, reasons);
}

export async function askBackground<M extends PageMessage>(message: M): Promise<PageAnswers[M['type']]> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (error) {
    throw new PageClientError('unavailable', error instanceof Error ? error.message : String(error));
  }
  return unwrapAnswer<M>(answer);
}
