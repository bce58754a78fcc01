import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LocalText } from '../../lib/core/format';
import { managedInfo, NOTHING_MANAGED, type ManagedInfo } from '../../lib/core/managed-settings';
import { readManagedSettings } from '../../lib/background/managed-settings';
import type { Diagnostics, PrintSummary, SettingsAnswer } from '../../lib/messages';
import type { ImportPreviewResult } from '../../lib/messages';
import type { ImportResult } from '../../lib/store/types';
import { askBackground, PageClientError } from '../popup/page-client';
import { asideFileName, downloadJson, exportFileName } from './export-file';
import { isImportResult } from './import-file';
import { Options } from './Options';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';

/** Said when the background gave no usable answer, in whichever language the page then speaks. */
const FAILED: LocalText = { nl: optionsStrings('nl').failed, en: optionsStrings('en').failed };

/** Loads what the options page shows and carries out what its controls ask. */
export function OptionsApp() {
  const [settings, setSettings] = useState<SettingsAnswer | null>(null);
  const [summary, setSummary] = useState<PrintSummary | null>(null);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [managed, setManaged] = useState<ManagedInfo>(NOTHING_MANAGED);
  const language = settings?.settings.language ?? 'nl';

  const load = useCallback(async () => {
    try {
      const [s, sum, diag] = await Promise.all([
        askBackground({ type: 'get-settings' }),
        askBackground({ type: 'summary' }),
        askBackground({ type: 'diagnostics' }),
      ]);
      setSettings(s);
      // The background already applies the policy; this only says which controls it fixed.
      setManaged(managedInfo((await readManagedSettings(browser.storage.managed)).managed));
      setSummary(sum);
      setDiagnostics(diag);
      setUnavailable(false);
    } catch {
      setUnavailable(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = optionsStrings(language).title;
  }, [language]);

  /** A refusal keeps the background's own reasons; anything else gets one plain sentence. */
  const failure = (error: unknown): { ok: false; errors: LocalText[] } => ({
    ok: false,
    errors: error instanceof PageClientError && error.kind === 'refused' ? error.reasons : [FAILED],
  });

  const save = async (patch: Record<string, unknown>): Promise<Outcome> => {
    try {
      setSettings(await askBackground({ type: 'put-settings', settings: patch }));
      // The deadline in the summary may have moved.
      setSummary(await askBackground({ type: 'summary' }));
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  };

  const exportAll = async () => {
    try {
      const data = await askBackground({ type: 'export' });
      const fileName = exportFileName(Date.now());
      downloadJson(data, fileName);
      return { ok: true as const, fileName };
    } catch (error) {
      return failure(error);
    }
  };

  const previewImport = async (file: unknown): Promise<ImportPreviewResult> => {
    try {
      return await askBackground({ type: 'import-preview', file });
    } catch (error) {
      return failure(error);
    }
  };

  const importFile = async (file: unknown): Promise<ImportResult> => {
    try {
      const result = await askBackground({ type: 'import', file });
      if (!isImportResult(result)) return { ok: false, errors: [FAILED] };
      if (result.ok) await load();
      return result;
    } catch (error) {
      return failure(error);
    }
  };

  const aside = {
    onRestore: async (id: string): Promise<Outcome> => {
      try {
        const result = await askBackground({ type: 'quarantine-restore', id });
        if (result.ok) await load();
        return result;
      } catch (error) {
        return failure(error);
      }
    },
    onSave: async (id: string) => {
      try {
        const record = await askBackground({ type: 'quarantine-export', id });
        const fileName = asideFileName(record);
        downloadJson(record, fileName);
        return { ok: true as const, fileName };
      } catch (error) {
        return failure(error);
      }
    },
  };

  const reset = async (): Promise<Outcome> => {
    try {
      await askBackground({ type: 'reset' });
      await load();
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  };

  return (
    <Options
      settings={settings}
      summary={summary}
      diagnostics={diagnostics}
      unavailable={unavailable}
      onSave={save}
      onExport={exportAll}
      onPreviewImport={previewImport}
      onImport={importFile}
      onReset={reset}
      onPrint={() => window.print()}
      onRetry={() => void load()}
      managed={managed}
      aside={aside}
      version={browser.runtime.getManifest().version}
    />
  );
}
