import type { Language } from '../../lib/core/view';
import type { Diagnostics, PrintSummary, SettingsAnswer } from '../../lib/messages';
import type { ImportResult } from '../../lib/store/types';
import { NOTHING_MANAGED, type ManagedInfo } from '../../lib/core/managed-settings';
import { DataSection, ResetSection, type DataSectionProps } from './DataSections';
import { DiagnosticsSection, type AsideActions } from './DiagnosticsSection';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';
import { CampaignSection, LanguageSection, RemindersSection } from './SettingsSections';
import { SummarySection } from './SummarySection';
import { HelpAndTrust } from '../HelpAndTrust';

export interface OptionsProps {
  settings: SettingsAnswer | null;
  summary: PrintSummary | null;
  diagnostics: Diagnostics | null;
  unavailable: boolean;
  onSave: (patch: Record<string, unknown>) => Promise<Outcome>;
  onExport: DataSectionProps['onExport'];
  onPreviewImport: DataSectionProps['onPreviewImport'];
  onImport: (file: unknown) => Promise<ImportResult>;
  onReset: () => Promise<Outcome>;
  onPrint: () => void;
  onRetry: () => void;
  /** What the organisation set by policy (storage.managed). */
  managed?: ManagedInfo;
  /** Vinkje's version, from the manifest. */
  version?: string;
  /** What the diagnostics can do with a record set aside as damaged. */
  aside?: AsideActions;
}

/** The options page: settings, campaign dates, a printable summary, data and diagnostics. */
export function Options(props: OptionsProps) {
  const { settings, summary, diagnostics, managed = NOTHING_MANAGED } = props;
  const language: Language = settings?.settings.language ?? 'nl';
  const t = optionsStrings(language);
  return (
    <main class="options" data-testid="vinkje-options" lang={language}>
      <h1 class="no-print">
        <span aria-hidden="true">✓</span> {t.title}
      </h1>
      {props.unavailable ? (
        <div class="notice notice--critical" role="alert">
          <p>{t.unavailable}</p>
          <button type="button" onClick={props.onRetry}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {settings === null ? (
        props.unavailable ? null : <p role="status">{t.loading}</p>
      ) : (
        <>
          <LanguageSection language={language} onSave={props.onSave} managed={managed.fields} />
          <RemindersSection reminders={settings.settings.reminders} language={language} onSave={props.onSave} managed={managed.fields} />
          <CampaignSection campaign={settings.campaign} language={language} onSave={props.onSave} managedYears={managed.campaignYears} />
          {summary ? <SummarySection summary={summary} language={language} onPrint={props.onPrint} /> : null}
          <DataSection language={language} onExport={props.onExport} onPreviewImport={props.onPreviewImport} onImport={props.onImport} />
          <ResetSection language={language} onReset={props.onReset} />
          {diagnostics ? <DiagnosticsSection diagnostics={diagnostics} language={language} aside={props.aside} /> : null}
        </>
      )}
      <div class="card no-print">
        <HelpAndTrust language={language} version={props.version ?? ''} />
      </div>
    </main>
  );
}
