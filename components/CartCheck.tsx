import { useMemo } from 'preact/hooks';
import type { CartForCheck, Language } from '../lib/core/view';
import { checkCart, type Finding } from '../lib/core/cart-check';
import { formatQuantity } from '../lib/core/format';
import { strings } from './strings';

interface Props {
  cart: CartForCheck;
  language: Language;
  /** On the quantity page: the product being edited and what is typed now. */
  live: { product: string; value: string } | null;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The cart as it will be when the typed quantity is submitted. */
function withLiveValue(cart: CartForCheck, live: Props['live']): CartForCheck['lines'] {
  if (!live) return cart.lines;
  const index = cart.lines.findIndex((l) => normalise(l.product) === normalise(live.product));
  const edited = { product: live.product, quantity: null, quantityText: live.value, prepared: null };
  if (index < 0) return [...cart.lines, edited];
  return cart.lines.map((l, i) => (i === index ? { ...l, quantity: null, quantityText: live.value } : l));
}

/** Local check of the cart against the licence rules, errors first, each with its fix. */
export function CartCheck({ cart, language, live }: Props) {
  const t = strings(language);
  const lines = useMemo(() => withLiveValue(cart, live), [cart, live]);
  const result = useMemo(
    () => checkCart({ licenceYear: cart.licenceYear, lines, futureLicenses: cart.futureLicenses }),
    [cart, lines],
  );
  const count = (severity: Finding['severity']) => result.findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const liveProduct = live ? normalise(live.product) : null;
  const shown = liveProduct
    ? result.findings.filter((f) => f.product === null || normalise(f.product) === liveProduct || f.severity === 'error')
    : result.findings;

  return (
    <section class="cart-check" aria-labelledby="vinkje-cart-check-title">
      <h2 id="vinkje-cart-check-title">{live ? t.liveCheck : t.cartCheck}</h2>
      <p class={errors > 0 ? 'summary summary--error' : 'summary'} role="status">
        {errors === 0 ? t.cartOk : null} {[t.errors(errors), t.warnings(count('warning')), t.infos(count('info'))].join(' · ')}
      </p>
      {result.notices.map((n) => (
        <p key={n.code} class="notice notice--info">
          {n.message[language]}
        </p>
      ))}
      <ul class="findings">
        {shown.map((f, i) => (
          <li key={`${f.rule}-${i}`} class={`finding finding--${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
            <strong>{f.rule}</strong> {f.message[language]}
            {f.fix ? (
              <span class="finding__fix">
                {' '}
                {t.fix}: {f.fix[language]}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {live ? null : <Changes cart={cart} language={language} />}
    </section>
  );
}

function Changes({ cart, language }: { cart: CartForCheck; language: Language }) {
  const t = strings(language);
  const fmt = (n: number | null) => (n === null ? '–' : formatQuantity(n, language));
  const changed = cart.lines.filter((l) => l.prepared !== null || l.quantity !== null);
  if (changed.length === 0) return null;
  const sum = (pick: (l: CartForCheck['lines'][number]) => number | null) =>
    changed.reduce((acc, l) => acc + (pick(l) ?? 0), 0);
  return (
    <details class="changes">
      <summary>{t.changes}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.product}</th>
            <th scope="col">{t.lastYear}</th>
            <th scope="col">{t.now}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((l, i) => (
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
    </details>
  );
}
