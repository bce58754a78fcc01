import type { Language } from '../../lib/core/view';
import type { PrintInstitution, PrintSummary } from '../../lib/messages';
import { formatQuantity } from '../../lib/core/format';
import { evidenceText } from '../../lib/core/phrase-english';
import { formatDate, strings } from '../strings';
import { formatDateTime, orderStatusLabel, progressText } from '../popup/labels';
import { optionsStrings } from './options-strings';

/** The summary per school, laid out to be printed and filed. */
export function SummarySection({ summary, language, onPrint }: { summary: PrintSummary; language: Language; onPrint: () => void }) {
  const t = optionsStrings(language);
  const s = strings(language);
  return (
    <section class="card print-summary" aria-labelledby="vinkje-summary" data-testid="vinkje-summary">
      <h2 id="vinkje-summary">
        {t.summaryTitle(summary.licenceYear)}
      </h2>
      <p class="hint no-print">{t.summaryHelp}</p>
      <button type="button" class="primary no-print" onClick={onPrint}>
        {t.print}
      </button>
      <p>
        {t.deadlineIs(formatDate(summary.deadline.at, language))}
        {summary.deadline.confirmed ? '' : ` (${s.notConfirmed})`}
        <br />
        {t.printedOn(formatDateTime(summary.generatedAt, language))}
      </p>
      {summary.institutions.length === 0 ? <p>{t.noSchools}</p> : null}
      {summary.institutions.map((inst) => (
        <InstitutionSummary key={inst.key} inst={inst} language={language} />
      ))}
    </section>
  );
}

function InstitutionSummary({ inst, language }: { inst: PrintInstitution; language: Language }) {
  const t = optionsStrings(language);
  const s = strings(language);
  return (
    <article class="summary-school" data-key={inst.key}>
      <h3>
        {inst.name}
        {inst.customerNumber ? ` (${inst.customerNumber})` : ''} – {progressText(inst.stepsDone, language)}
      </h3>
      <table>
        <caption class="visually-hidden">
          {s.steps}: {inst.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.step}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.how}</th>
          </tr>
        </thead>
        <tbody>
          {inst.steps.map((step) => (
            <tr key={step.step} data-step={String(step.step)} data-state={step.state}>
              <th scope="row">
                {step.step}. {s.stepTitles[step.step]}
              </th>
              <td>{s.stateNames[step.state]}</td>
              <td>{step.at === null ? t.none : formatDateTime(step.at, language)}</td>
              <td>{step.manual ? t.byHand : step.what ? evidenceText(step.what, language) : t.none}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <dl class="order">
        <dt>{t.orderNumber}</dt>
        <dd>{inst.orderNumber ?? t.none}</dd>
        <dt>{t.orderStatus}</dt>
        <dd>{orderStatusLabel(inst.orderStatus, language)}</dd>
        <dt>{t.placedAt}</dt>
        <dd>{inst.placedAt === null ? t.none : formatDateTime(inst.placedAt, language)}</dd>
        <dt>{t.reference}</dt>
        <dd>{inst.reference || t.none}</dd>
      </dl>

      <h4>
        {t.cart}
        {inst.cartSeenAt !== null ? <span class="hint"> ({t.cartSeen(formatDateTime(inst.cartSeenAt, language))})</span> : null}
      </h4>
      {inst.cart.length === 0 ? (
        <p>{t.noCart}</p>
      ) : (
        <table class="cart">
          <caption class="visually-hidden">
            {t.cart}: {inst.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.product}</th>
              <th scope="col" class="number">
                {t.quantity}
              </th>
              <th scope="col" class="number">
                {t.prepared}
              </th>
            </tr>
          </thead>
          <tbody>
            {inst.cart.map((line, i) => (
              <tr key={`${line.product}-${i}`}>
                <th scope="row">{line.product}</th>
                <td class="number">{line.quantity === null ? line.quantityText : formatQuantity(line.quantity, language)}</td>
                <td class="number">{line.prepared === null ? t.none : formatQuantity(line.prepared, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
