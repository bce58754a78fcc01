import type { Language } from '../../lib/core/view';
import type { Overview, PopupInstitution } from '../../lib/messages';
import { formatDate, strings } from '../strings';
import { campaignSourceLabel, formatDateTime, orderStatusLabel, progressText } from './labels';
import { NoticeList } from './NoticeList';
import { TakingPart, type InstitutionChoice } from './TakingPart';
import { popupStrings, SHOP_LOGIN_URL } from './popup-strings';
import { HelpAndTrust } from '../HelpAndTrust';
import { DeadlineConflict } from '../DeadlineConflict';

export interface PopupProps {
  overview: Overview | null;
  /** The background could not be reached; shown instead of stale data. */
  unavailable: boolean;
  onOpen: (url: string) => void;
  onSnooze: () => void;
  /** Hides an informational notice for this licence year. */
  onDismissNotice?: (id: string) => void;
  /** Which deadline holds when the shop's page and the person's own differ. */
  onChooseDeadline?: (pageDate: string, keep: 'page' | 'user') => void;
  /** Not taking part this year (or again), or removing a school from Vinkje. */
  onInstitutionChoice?: (choice: InstitutionChoice) => void;
  onOpenOptions: () => void;
  onRetry: () => void;
  /** Vinkje's version, from the manifest. */
  version?: string;
}

/** The toolbar popup: every school of this licence year, how far it is, and the one thing to do next. */
export function Popup({ overview, unavailable, onOpen, onSnooze, onDismissNotice, onChooseDeadline, onInstitutionChoice, onOpenOptions, onRetry, version = '' }: PopupProps) {
  const language: Language = overview?.language ?? 'nl';
  const t = popupStrings(language);
  return (
    <main class="popup" data-testid="vinkje-popup" lang={language}>
      <header class="popup__header">
        <h1 class="popup__title">
          <span aria-hidden="true">✓</span> {t.title}
        </h1>
        {overview ? <p class="popup__year">{t.licenceYear(overview.licenceYear)}</p> : null}
      </header>

      {unavailable ? (
        <div class="notice notice--critical" role="alert">
          <p>{t.unavailable}</p>
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      ) : overview === null ? (
        <p role="status">{t.loading}</p>
      ) : (
        <Body overview={overview} onOpen={onOpen} onSnooze={onSnooze} onDismissNotice={onDismissNotice} onChooseDeadline={onChooseDeadline} onInstitutionChoice={onInstitutionChoice} />
      )}

      <footer class="popup__footer">
        <button type="button" class="link" onClick={onOpenOptions}>
          {t.settings}
        </button>
        <HelpAndTrust language={language} version={version} />
      </footer>
    </main>
  );
}

function Body({
  overview,
  onOpen,
  onSnooze,
  onDismissNotice,
  onChooseDeadline,
  onInstitutionChoice,
}: {
  overview: Overview;
  onOpen: PopupProps['onOpen'];
  onSnooze: PopupProps['onSnooze'];
  onDismissNotice: PopupProps['onDismissNotice'];
  onChooseDeadline: PopupProps['onChooseDeadline'];
  onInstitutionChoice: PopupProps['onInstitutionChoice'];
}) {
  const { language, deadline } = overview;
  const t = popupStrings(language);
  return (
    <>
      <p class="deadline" data-testid="vinkje-deadline" data-days-left={String(deadline.daysLeft)}>
        {strings(language).deadline(deadline.daysLeft, formatDate(deadline.at, language))}
        <span class={deadline.confirmed ? 'deadline__source' : 'deadline__source deadline__unconfirmed'} data-testid="vinkje-deadline-source" data-source={deadline.source}>
          {' '}({campaignSourceLabel(deadline.source, language)})
        </span>
      </p>

      {deadline.conflict ? <DeadlineConflict conflict={deadline.conflict} language={language} onChoose={(pageDate, keep) => onChooseDeadline?.(pageDate, keep)} /> : null}

      <NoticeList notices={overview.notices} language={language} onDismiss={onDismissNotice} />

      {overview.firstRun ? (
        <section class="welcome" aria-labelledby="vinkje-welcome">
          <h2 id="vinkje-welcome">{t.welcome}</h2>
          {t.whatItDoes.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{t.startHint}</p>
          <button type="button" class="primary" onClick={() => onOpen(SHOP_LOGIN_URL)}>
            {t.openShop}
          </button>
        </section>
      ) : overview.institutions.length === 0 ? (
        <section class="next" aria-labelledby="vinkje-next">
          <h2 id="vinkje-next">{t.next}</h2>
          <p>{t.noSchoolYet}</p>
          <p>{overview.accountAction.text[language]}</p>
          <button type="button" class="primary" onClick={() => onOpen(overview.accountAction.url)}>
            {t.goOn}
          </button>
        </section>
      ) : (
        <section aria-labelledby="vinkje-schools">
          <h2 id="vinkje-schools">{t.schools}</h2>
          <ul class="schools">
            {overview.institutions.map((inst) => (
              <InstitutionRow key={inst.key} inst={inst} language={language} onOpen={onOpen} onChoice={onInstitutionChoice} />
            ))}
          </ul>
        </section>
      )}

      {overview.firstRun ? null : (
        <section class="reminders" aria-labelledby="vinkje-reminders">
          <h2 id="vinkje-reminders">{t.reminders}</h2>
          {!overview.remindersEnabled ? (
            <p>{t.remindersOff}</p>
          ) : (
            <>
              {overview.snoozedUntil !== null ? <p role="status">{t.snoozedUntil(formatDateTime(overview.snoozedUntil, language))}</p> : null}
              <button type="button" onClick={onSnooze}>
                {t.snooze}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}

function InstitutionRow({
  inst,
  language,
  onOpen,
  onChoice,
}: {
  inst: PopupInstitution;
  language: Language;
  onOpen: PopupProps['onOpen'];
  onChoice: PopupProps['onInstitutionChoice'];
}) {
  const t = popupStrings(language);
  const headingId = `vinkje-school-${inst.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const done = progressText(inst.stepsDone, language);
  return (
    <li
      class={`school${inst.complete || !inst.takingPart ? ' school--complete' : ''}`}
      data-testid="vinkje-popup-institution"
      data-key={inst.key}
      data-taking-part={String(inst.takingPart)}
      data-steps-done={String(inst.stepsDone)}
    >
      <h3 id={headingId} class="school__name">
        {inst.name}
        {inst.customerNumber ? <span class="school__number"> ({t.customerNumber(inst.customerNumber)})</span> : null}
      </h3>
      <div class="progress">
        <div
          class="progress__track"
          role="progressbar"
          aria-label={t.progressName(inst.name)}
          aria-valuemin={0}
          aria-valuemax={7}
          aria-valuenow={inst.stepsDone}
          aria-valuetext={`${done} ${t.steps}`}
        >
          <div class="progress__fill" style={{ width: `${(inst.stepsDone / 7) * 100}%` }} />
        </div>
        <span class="progress__text">
          {done} {t.steps}
        </span>
      </div>
      <p class="school__order">
        {t.order(inst.orderNumber)}: <strong data-status={inst.orderStatus ?? 'none'}>{orderStatusLabel(inst.orderStatus, language)}</strong>
      </p>
      <NoticeList notices={inst.warnings} language={language} />
      {inst.takingPart ? <p class="school__next">{inst.nextAction[language]}</p> : <p class="school__next">{t.notTakingPartNote}</p>}
      <button type="button" class={inst.complete ? '' : 'primary'} onClick={() => onOpen(inst.nextUrl)}>
        {inst.complete ? t.view : t.goOn}
        <span class="visually-hidden">{t.forSchool(inst.name)}</span>
      </button>
      {onChoice ? <TakingPart inst={inst} language={language} onChoose={onChoice} /> : null}
    </li>
  );
}
