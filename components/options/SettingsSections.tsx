import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../lib/core/view';
import type { CampaignDates } from '../../lib/messages';
import type { Settings } from '../../lib/store/types';
import { campaignSourceLabel } from '../popup/labels';
import { campaignPatch, clearCampaignPatch } from './campaign-form';
import { formatLeadDays, parseLeadDays } from './lead-days';
import type { ManagedField } from '../../lib/core/managed-settings';
import { ManagedNote } from './ManagedNote';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';
import { StatusLine, statusOf, type Status } from './StatusLine';

type Save = (patch: Record<string, unknown>) => Promise<Outcome>;
/** The fields the organisation fixed by policy: shown, not editable. */
type Managed = readonly ManagedField[];

export function LanguageSection({ language, onSave, managed = [] }: { language: Language; onSave: Save; managed?: Managed }) {
  const locked = managed.includes('language');
  const t = optionsStrings(language);
  const [status, setStatus] = useState<Status>(null);
  const choose = async (next: Language) => {
    const outcome = await onSave({ language: next });
    // The page now speaks the chosen language: say it was saved in that language.
    setStatus(statusOf(outcome, optionsStrings(next).saved, optionsStrings(next).notSaved, next));
  };
  return (
    <section class="card no-print" aria-labelledby="vinkje-language">
      <h2 id="vinkje-language">{t.languageTitle}</h2>
      <fieldset disabled={locked}>
        <legend>{t.languageLegend}</legend>
        {(['nl', 'en'] as const).map((value) => (
          <label key={value} class="choice" lang={value}>
            <input type="radio" name="language" value={value} checked={language === value} onChange={() => void choose(value)} />
            {value === 'nl' ? 'Nederlands' : 'English'}
          </label>
        ))}
      </fieldset>
      {locked ? <ManagedNote language={language} field="language" /> : null}
      <StatusLine status={status} />
    </section>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function RemindersSection({
  reminders,
  language,
  onSave,
  managed = [],
}: {
  reminders: Settings['reminders'];
  language: Language;
  onSave: Save;
  managed?: Managed;
}) {
  const t = optionsStrings(language);
  const [enabledLocked, daysLocked, hourLocked] = (['notificationsEnabled', 'reminderLeadDays', 'reminderHour'] as const).map((f) => managed.includes(f));
  const [enabled, setEnabled] = useState(reminders.enabled);
  const [leadText, setLeadText] = useState(formatLeadDays(reminders.leadDays));
  const [hour, setHour] = useState(reminders.morningHour);
  const [inputError, setInputError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  // A save (here or from another page) brings new stored values: show those.
  useEffect(() => {
    setEnabled(reminders.enabled);
    setLeadText(formatLeadDays(reminders.leadDays));
    setHour(reminders.morningHour);
  }, [reminders.enabled, reminders.leadDays.join(','), reminders.morningHour]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseLeadDays(leadText);
    if (!parsed.ok) {
      setInputError(parsed.error[language]);
      setStatus(null);
      return;
    }
    setInputError(null);
    setStatus(statusOf(await onSave({ reminders: { enabled, leadDays: parsed.days, morningHour: hour } }), t.saved, t.notSaved, language));
  };

  return (
    <section class="card no-print" aria-labelledby="vinkje-reminders">
      <h2 id="vinkje-reminders">{t.remindersTitle}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label class="choice">
          <input type="checkbox" checked={enabled} disabled={enabledLocked} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          {t.remindersOn}
        </label>
        {enabledLocked ? <ManagedNote language={language} field="notificationsEnabled" /> : null}
        <div class="field">
          <label for="vinkje-lead-days">{t.leadDaysLabel}</label>
          <input
            id="vinkje-lead-days"
            type="text"
            inputMode="numeric"
            value={leadText}
            disabled={!enabled || daysLocked}
            aria-invalid={inputError ? 'true' : undefined}
            aria-describedby={inputError ? 'vinkje-lead-days-hint vinkje-lead-days-error' : 'vinkje-lead-days-hint'}
            onInput={(e) => setLeadText(e.currentTarget.value)}
          />
          <p id="vinkje-lead-days-hint" class="hint">
            {t.leadDaysHint}
          </p>
          {inputError ? (
            <p id="vinkje-lead-days-error" class="error" role="alert">
              {inputError}
            </p>
          ) : null}
          {daysLocked ? <ManagedNote language={language} field="reminderLeadDays" /> : null}
        </div>
        <div class="field">
          <label for="vinkje-morning-hour">{t.morningHourLabel}</label>
          <select id="vinkje-morning-hour" value={String(hour)} disabled={!enabled || hourLocked} onChange={(e) => setHour(Number(e.currentTarget.value))}>
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {String(h).padStart(2, '0')}:00
              </option>
            ))}
          </select>
          {hourLocked ? <ManagedNote language={language} field="reminderHour" /> : null}
        </div>
        <button type="submit" class="primary" disabled={enabledLocked && daysLocked && hourLocked}>
          {t.save}
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}

export function CampaignSection({
  campaign,
  language,
  onSave,
  managedYears = [],
}: {
  campaign: CampaignDates;
  language: Language;
  onSave: Save;
  managedYears?: readonly string[];
}) {
  const t = optionsStrings(language);
  const locked = managedYears.includes(String(campaign.licenceYear));
  const [opens, setOpens] = useState(campaign.opens);
  const [deadline, setDeadline] = useState(campaign.deadline);
  const [inputError, setInputError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    setOpens(campaign.opens);
    setDeadline(campaign.deadline);
  }, [campaign.opens, campaign.deadline, campaign.source]);

  const unchanged = opens === campaign.opens && deadline === campaign.deadline;
  // An estimate or a date read from a page can be confirmed as it is; anything else is a correction.
  const confirming = unchanged && (campaign.source === 'estimate' || campaign.source === 'page');

  const submit = async (event: Event) => {
    event.preventDefault();
    const patch = campaignPatch(campaign.licenceYear, opens, deadline);
    if (!patch.ok) {
      setInputError(patch.error[language]);
      setStatus(null);
      return;
    }
    setInputError(null);
    setStatus(statusOf(await onSave(patch.patch), t.saved, t.notSaved, language));
  };

  const clear = async () => {
    setInputError(null);
    setStatus(statusOf(await onSave(clearCampaignPatch(campaign.licenceYear)), t.saved, t.notSaved, language));
  };

  return (
    <section class="card no-print" aria-labelledby="vinkje-campaign">
      <h2 id="vinkje-campaign">{t.campaignTitle(campaign.licenceYear)}</h2>
      <p>
        {t.campaignSource}:{' '}
        <strong class={`source source--${campaign.source}`} data-source={campaign.source}>
          {campaignSourceLabel(campaign.source, language)}
        </strong>
      </p>
      <p class="hint">{t.campaignHelp}</p>
      {locked ? <ManagedNote language={language} field="campaignDates" /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset class="plain" disabled={locked}>
        <div class="field field--inline">
          <label for="vinkje-opens">{t.opensLabel}</label>
          <input id="vinkje-opens" type="date" value={opens} onInput={(e) => setOpens(e.currentTarget.value)} />
        </div>
        <div class="field field--inline">
          <label for="vinkje-deadline-input">{t.deadlineLabel}</label>
          <input
            id="vinkje-deadline-input"
            type="date"
            required
            value={deadline}
            aria-invalid={inputError ? 'true' : undefined}
            aria-describedby={inputError ? 'vinkje-campaign-error' : undefined}
            onInput={(e) => setDeadline(e.currentTarget.value)}
          />
        </div>
        {inputError ? (
          <p id="vinkje-campaign-error" class="error" role="alert">
            {inputError}
          </p>
        ) : null}
        <button type="submit" class="primary">
          {confirming ? t.confirmDates : t.saveDates}
        </button>
        {campaign.source === 'user' ? (
          <button type="button" onClick={() => void clear()}>
            {t.automaticDates}
          </button>
        ) : null}
        </fieldset>
      </form>
      <StatusLine status={status} />
    </section>
  );
}
