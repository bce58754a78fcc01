import type { Language } from '../../lib/core/view';
import type { LocalText } from '../../lib/core/format';
import type { Outcome } from './outcome';

export type Status = { kind: 'ok'; text: string } | { kind: 'error'; title: string; errors: string[] } | { kind: 'busy'; text: string } | null;

/** A refusal with its reasons in the language the page speaks. */
export function refusal(title: string, errors: readonly LocalText[], language: Language): Status {
  return { kind: 'error', title, errors: errors.map((e) => e[language]) };
}

export function statusOf(outcome: Outcome, okText: string, errorTitle: string, language: Language): Status {
  return outcome.ok ? { kind: 'ok', text: okText } : refusal(errorTitle, outcome.errors, language);
}

/** A live region that is always in the page, so screen readers hear what changed in it. */
export function StatusLine({ status, id, testId }: { status: Status; id?: string; testId?: string }) {
  return (
    <div class={`status${status ? ` status--${status.kind}` : ''}`} role="status" id={id} data-testid={testId} data-result={status?.kind ?? ''}>
      {status?.kind === 'error' ? (
        <>
          <p>{status.title}</p>
          {status.errors.length > 0 ? (
            <ul>
              {status.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : status ? (
        <p>{status.text}</p>
      ) : null}
    </div>
  );
}
