import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../lib/core/view';
import type { ImportResult } from '../../lib/store/types';
import { parseImportText, tooLarge } from './import-file';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';
import { StatusLine, type Status } from './StatusLine';

export interface DataSectionProps {
  language: Language;
  /** Saves the export as a file; resolves to its name. */
  onExport: () => Promise<{ ok: true; fileName: string } | { ok: false; errors: string[] }>;
  onImport: (file: unknown) => Promise<ImportResult>;
}

export function DataSection({ language, onExport, onImport }: DataSectionProps) {
  const t = optionsStrings(language);
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);

  const exportAll = async () => {
    const result = await onExport();
    setExportStatus(result.ok ? { kind: 'ok', text: t.exported(result.fileName) } : { kind: 'error', title: t.failed, errors: result.errors });
  };

  const importChosen = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const refuse = (errors: string[]) => setImportStatus({ kind: 'error', title: t.importRefused, errors });
    const big = tooLarge(chosen.size);
    if (big) {
      refuse([big[language]]);
    } else {
      setImportStatus({ kind: 'busy', text: t.importing });
      const parsed = parseImportText(await chosen.text());
      if (!parsed.ok) {
        refuse([parsed.error[language]]);
      } else {
        const result = await onImport(parsed.file);
        if (result.ok) setImportStatus({ kind: 'ok', text: t.imported(result.counts) });
        else refuse(result.errors);
      }
    }
    // The same file can be chosen again after it was corrected.
    input.value = '';
  };

  return (
    <section class="card no-print" aria-labelledby="vinkje-data">
      <h2 id="vinkje-data">{t.dataTitle}</h2>
      <p class="hint">{t.exportHelp}</p>
      <button type="button" class="primary" data-testid="vinkje-export" onClick={() => void exportAll()}>
        {t.export}
      </button>
      <StatusLine status={exportStatus} />

      <div class="field">
        <label for="vinkje-import-file">{t.importLabel}</label>
        <input
          id="vinkje-import-file"
          type="file"
          accept="application/json,.json"
          data-testid="vinkje-import"
          aria-describedby="vinkje-import-help"
          onChange={(e) => void importChosen(e.currentTarget)}
        />
        <p id="vinkje-import-help" class="hint">
          {t.importHelp}
        </p>
      </div>
      <StatusLine status={importStatus} testId="vinkje-import-result" />
    </section>
  );
}

/** Wiping everything takes two deliberate clicks in the page itself, the second one in plain words. */
export function ResetSection({ language, onReset }: { language: Language; onReset: () => Promise<Outcome> }) {
  const t = optionsStrings(language);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returnFocus.current) startButton.current?.focus();
  }, [confirming]);

  const wipe = async () => {
    const outcome = await onReset();
    returnFocus.current = true;
    setConfirming(false);
    setStatus(outcome.ok ? { kind: 'ok', text: t.resetDone } : { kind: 'error', title: t.failed, errors: outcome.errors });
  };

  return (
    <section class="card no-print" aria-labelledby="vinkje-reset">
      <h2 id="vinkje-reset">{t.resetTitle}</h2>
      <p class="hint">{t.resetHelp}</p>
      {confirming ? (
        <div class="confirm" data-testid="vinkje-reset-confirm">
          <h3 id="vinkje-reset-confirm" tabIndex={-1} ref={confirmHeading}>
            {t.resetConfirmTitle}
          </h3>
          <p>{t.resetConfirmText}</p>
          <button type="button" class="danger" onClick={() => void wipe()}>
            {t.resetConfirm}
          </button>
          <button
            type="button"
            onClick={() => {
              returnFocus.current = true;
              setConfirming(false);
            }}
          >
            {t.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={startButton}
          onClick={() => {
            setStatus(null);
            setConfirming(true);
          }}
        >
          {t.reset}
        </button>
      )}
      <StatusLine status={status} />
    </section>
  );
}
