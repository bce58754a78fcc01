import type { Language, SidebarView } from '../lib/core/view';
import { STEP } from '../lib/core/progress';
import type { SidebarAction } from '../lib/messages';
import type { PageKind } from '../lib/core/observation';
import { StepList } from './StepList';
import { CartCheck } from './CartCheck';
import { PageReport, type PageReportActions } from './PageReport';
import { strings } from './strings';
import { DeadlineConflict } from './DeadlineConflict';

export interface SidebarProps {
  view: SidebarView | null;
  /** The page kind as the background read it (data-page on the panel). */
  page: PageKind;
  /** A problem reaching the background, shown instead of stale data. */
  problem: 'reload-needed' | 'unavailable' | null;
  onAction: (action: SidebarAction) => void;
  /** "Pagina melden", offered on a page Vinkje does not recognise or reads only in part. */
  pageReport?: PageReportActions;
  /** The page was sent and its view has not come back yet: the panel's frame is shown, so its room is not blank. */
  pending?: boolean;
}

/**
 * The panel on the shop's pages. Collapsed it is a small tab at the right edge; open it is a narrow
 * column that the page makes room for (see the README), so it never covers the shop's buttons.
 */
export function Sidebar({ view, page, problem, onAction, pageReport, pending }: SidebarProps) {
  const language: Language = view?.language ?? 'nl';
  const t = strings(language);
  // Until there is something to show, at most the frame: it has a hook of its own, so the panel's
  // hooks (data-page, the steps) only ever describe a page that was read.
  if (!view && !problem) {
    return pending ? (
      <aside class="panel" data-testid="vinkje-panel-pending" aria-label={t.appName} aria-busy="true" lang={language}>
        <header class="panel__header">
          <h1 class="panel__title">
            <span aria-hidden="true">✓</span> {t.appName}
          </h1>
        </header>
        <p class="pending">{t.readingPage}</p>
      </aside>
    ) : null;
  }

  if (view?.collapsed) {
    const done = view.institution?.stepsDone ?? 0;
    return (
      <div class="tab" data-testid="vinkje-panel" data-page={page} data-collapsed="true">
        <button type="button" class="tab__button" aria-expanded="false" onClick={() => onAction({ type: 'set-collapsed', collapsed: false })}>
          <span aria-hidden="true">✓</span> {t.appName} {done}/7<span class="visually-hidden"> – {t.expand}</span>
        </button>
      </div>
    );
  }

  return (
    <aside class="panel" data-testid="vinkje-panel" data-page={page} data-collapsed="false" aria-label={t.appName} lang={language}>
      <header class="panel__header">
        <h1 class="panel__title">
          <span aria-hidden="true">✓</span> {t.appName}
        </h1>
        <button type="button" class="ghost" lang={language === 'nl' ? 'en' : 'nl'} onClick={() => onAction({ type: 'set-language', language: language === 'nl' ? 'en' : 'nl' })}>
          {t.otherLanguage}
        </button>
        <button type="button" class="ghost" aria-expanded="true" onClick={() => onAction({ type: 'set-collapsed', collapsed: true })}>
          {t.collapse}
        </button>
      </header>

      {problem ? (
        <p class="notice notice--critical" role="alert">
          {problem === 'reload-needed' ? t.reloadNeeded : t.unavailable}
        </p>
      ) : null}

      {view ? <Body view={view} onAction={onAction} pageReport={pageReport} /> : null}
    </aside>
  );
}

function Body({ view, onAction, pageReport }: { view: SidebarView; onAction: SidebarProps['onAction']; pageReport?: PageReportActions }) {
  const { language } = view;
  const t = strings(language);
  const inst = view.institution;
  const key = inst?.key ?? null;
  return (
    <>
      <div class="institution">
        <span class="label">{t.institution}:</span>{' '}
        <strong data-testid="vinkje-institution">{inst ? inst.name : view.pageUnattributed ? t.institutionUnknown : t.noInstitution}</strong>
        {inst && view.attribution && view.attribution !== 'page' ? (
          <span class="attribution" data-attribution={view.attribution}>
            {' '}
            ({t.attribution[view.attribution]})
          </span>
        ) : null}
        {view.institutions.length > 1 ? (
          <label class="switcher">
            <span class={view.pageUnattributed ? 'label' : 'visually-hidden'}>{view.pageUnattributed ? t.whoseCart : t.chooseInstitution}</span>
            <select value={key ?? ''} onChange={(e) => onAction({ type: 'select-institution', key: (e.currentTarget as HTMLSelectElement).value || null })}>
              {key === null ? <option value="">{t.choose}</option> : null}
              {view.institutions.map((i) => (
                <option key={i.key} value={i.key}>
                  {i.name} ({i.stepsDone}/7)
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {view.pageUnattributed && view.institutions.length === 0 ? <p class="notice notice--info">{t.noInstitutionsYet}</p> : null}
      </div>

      <p class="deadline" data-testid="vinkje-deadline" data-days-left={String(view.deadline.daysLeft)}>
        {t.deadline(view.deadline.daysLeft, view.deadline.dateText[language])}{' '}
        <span class="deadline-source" data-testid="vinkje-deadline-source" data-source={view.deadline.source}>
          ({t.deadlineSource[view.deadline.source]})
        </span>
      </p>
      {view.deadline.conflict ? (
        <DeadlineConflict conflict={view.deadline.conflict} language={language} onChoose={(pageDate, keep) => onAction({ type: 'choose-deadline', pageDate, keep })} />
      ) : null}

      <p class="page-kind">
        {t.thisPage}: <strong>{t.pageNames[view.page]}</strong>
      </p>
      {view.page === 'unknown' ? <p class="notice notice--info">{t.notRecognisedHelp}</p> : null}
      {view.unread.length > 0 ? (
        <details class="unread" data-testid="vinkje-unread" data-count={String(view.unread.length)}>
          <summary>{t.couldNotRead(view.unread.length)}</summary>
          <ul>
            {view.unread.map((u, i) => (
              <li key={i}>{u}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {pageReport && (view.page === 'unknown' || view.unread.length > 0) ? <PageReport language={language} actions={pageReport} /> : null}

      {view.notices.map((n) => (
        <p key={n.id} class={`notice notice--${n.level}`} role={n.level === 'critical' ? 'alert' : undefined} data-notice={n.id}>
          {n.text[language]}
          {n.dismissible ? (
            <>
              {' '}
              <button type="button" class="ghost" data-testid="vinkje-dismiss-notice" onClick={() => onAction({ type: 'dismiss-notice', id: n.id })}>
                {t.dismissNotice}
              </button>
            </>
          ) : null}
        </p>
      ))}
      {view.possibleOrders.map((o) => (
        <PossibleOrder key={`${o.key}|${o.orderNumber}`} order={o} language={language} onAction={onAction} />
      ))}
      <Snooze view={view} onAction={onAction} />

      {view.nextAction ? (
        <section class="next" aria-labelledby="vinkje-next-title">
          <h2 id="vinkje-next-title">{t.nextAction}</h2>
          <p>{view.nextAction[language]}</p>
          {key && view.page === 'cart' && view.steps.find((s) => s.step === STEP.checkQuantities)?.state === 'todo' ? (
            <button type="button" class="primary" onClick={() => onAction({ type: 'confirm-quantities', key })}>
              {t.confirmQuantities}
            </button>
          ) : null}
          {key && view.page === 'cart' && view.steps.find((s) => s.step === STEP.reference)?.state === 'todo' ? (
            <button type="button" onClick={() => onAction({ type: 'no-reference', key })}>
              {t.noReference}
            </button>
          ) : null}
        </section>
      ) : null}

      {view.cartCheck ? <CartCheck check={view.cartCheck} language={language} /> : null}

      <section aria-labelledby="vinkje-steps-title">
        <h2 id="vinkje-steps-title">{t.steps}</h2>
        <StepList
          steps={view.steps}
          language={language}
          onOverride={(step, state) => key && onAction({ type: 'override', key, step, state })}
        />
      </section>
    </>
  );
}

/** An order in a list that may be the registration: the person says whether it is. */
function PossibleOrder({ order, language, onAction }: { order: SidebarView['possibleOrders'][number]; language: Language; onAction: SidebarProps['onAction'] }) {
  const t = strings(language);
  const answer = (isRegistration: boolean) => onAction({ type: 'answer-possible-order', key: order.key, orderNumber: order.orderNumber, isRegistration });
  return (
    <div class="notice notice--warning" role="group" data-testid="vinkje-possible-order" data-order={order.orderNumber}>
      <p>{t.possibleOrder(order.orderNumber, order.date, order.status ? t.statusWords[order.status] : null, order.institutionName)}</p>
      <div class="actions">
        <button type="button" data-testid="vinkje-possible-order-yes" onClick={() => answer(true)}>
          {t.possibleOrderYes}
        </button>
        <button type="button" data-testid="vinkje-possible-order-no" onClick={() => answer(false)}>
          {t.possibleOrderNo}
        </button>
      </div>
    </div>
  );
}

/** Reminders can be held back a day from here too: Firefox's notifications have no buttons. */
function Snooze({ view, onAction }: { view: SidebarView; onAction: SidebarProps['onAction'] }) {
  const t = strings(view.language);
  if (view.snoozedUntilText) return <p class="snoozed">{t.snoozedUntil(view.snoozedUntilText[view.language])}</p>;
  const deadlineWarning = view.notices.some((n) => /^D0[125]$/.test(n.id));
  if (!deadlineWarning) return null;
  return (
    <button type="button" onClick={() => onAction({ type: 'snooze', hours: 24 })}>
      {t.snooze}
    </button>
  );
}
