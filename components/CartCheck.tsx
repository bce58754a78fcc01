import { useState } from 'preact/hooks';
import type { CartCheckView, Language } from '../lib/core/view';
import type { Finding } from '../lib/core/cart-check';
import { formatQuantity } from '../lib/core/format';
import { strings } from './strings';
import { SHOP_MANUAL_URL } from './shop-manual';

interface Props {
  check: CartCheckView;
  language: Language;
}

const same = (a: string, b: string) => a.toLowerCase().trim() === b.toLowerCase().trim();

/** The local check of the cart against the licence rules, errors first, each with its fix. */
export function CartCheck({ check, language }: Props) {
  const t = strings(language);
  const count = (severity: Finding['severity']) => check.findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  // While typing, show what concerns the product being edited, and every error.
  const shown = check.liveProduct
    ? check.findings.filter((f) => f.severity === 'error' || f.product === null || same(f.product, check.liveProduct!))
    : check.findings;

  if (check.status !== 'checked') {
    return (
      <section class="cart-check" aria-labelledby="vinkje-cart-check-title" data-testid="vinkje-cart-check" data-status={check.status}>
        <h2 id="vinkje-cart-check-title">{t.cartCheck}</h2>
        <p class={check.status === 'no-lines' ? 'notice notice--warning' : 'summary'} role="status">
          {check.status === 'no-lines' ? t.cartUnread : t.cartEmpty}
        </p>
      </section>
    );
  }

  return (
    <section
      class="cart-check"
      aria-labelledby="vinkje-cart-check-title"
      data-testid="vinkje-cart-check"
      data-status={check.status}
      data-complete={String(check.complete)}
    >
      <h2 id="vinkje-cart-check-title">{check.live ? t.liveCheck : t.cartCheck}</h2>
      <p class={errors > 0 ? 'summary summary--error' : 'summary'} role="status">
        {errors === 0 ? `${check.complete ? t.cartOk : t.cartOkSoFar} ` : ''}
        {[t.errors(errors), t.warnings(count('warning')), t.infos(count('info'))].join(' · ')}
      </p>
      {check.notices.map((n, i) => (
        <p key={`${n.code}-${i}`} class="notice notice--info">
          {n.message[language]}
        </p>
      ))}
      <ul class="findings">
        {shown.map((f, i) => (
          <li key={`${f.rule}-${i}`} class={`finding finding--${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
            {f.message[language]} <small class="rule-code">{f.rule}</small>
            {f.fix ? (
              <span class="finding__fix">
                {t.fix}: {f.fix[language]}
              </span>
            ) : null}
            {f.manualStep !== null ? (
              <a class="finding__manual" href={SHOP_MANUAL_URL} target="_blank" rel="noopener noreferrer" data-testid="vinkje-manual-link">
                {t.manualStep(f.manualStep)}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {check.live ? null : <Changes lines={check.lines} language={language} />}
    </section>
  );
}

function Changes({ lines, language }: { lines: CartCheckView['lines']; language: Language }) {
  const t = strings(language);
  const [open, setOpen] = useState(false);
  if (lines.length === 0) return null;
  // The table is drawn when the person opens it: on a cart it was a third of the panel's elements,
  // drawn cold on every page load and hidden.
  return (
    <details class="changes" onToggle={(e) => setOpen((e.currentTarget as HTMLElement).hasAttribute('open'))}>
      <summary>{t.changes}</summary>
      {open ? <ChangesTable lines={lines} language={language} /> : null}
    </details>
  );
}

function ChangesTable({ lines, language }: { lines: CartCheckView['lines']; language: Language }) {
  const t = strings(language);
  const fmt = (n: number | null) => (n === null ? '–' : formatQuantity(n, language));
  const sum = (pick: (l: CartCheckView['lines'][number]) => number | null) => lines.reduce((acc, l) => acc + (pick(l) ?? 0), 0);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.product}</th>
          <th scope="col">{t.lastYear}</th>
          <th scope="col">{t.now}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i} class={l.prepared !== l.quantity ? 'changed' : ''}>
            <th scope="row">{l.product}</th>
            <td>{fmt(l.prepared)}</td>
            <td>{fmt(l.quantity)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          <td>{fmt(sum((l) => l.prepared))}</td>
          <td>{fmt(sum((l) => l.quantity))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
