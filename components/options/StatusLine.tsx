import type { Outcome } from './outcome';

export type Status = { kind: 'ok'; text: string } | { kind: 'error'; title: string; errors: string[] } | { kind: 'busy'; text: string } | null;

export function statusOf(outcome: Outcome, okText: string, errorTitle: string): Status {
  return outcome.ok ? { kind: 'ok', text: okText } : { kind: 'error', title: errorTitle, errors: outcome.errors };
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
