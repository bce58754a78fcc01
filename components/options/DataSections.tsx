import { useEffect, useRef, useState } from 'preact/hooks';
import type { LocalText } from '../../lib/core/format';
import type { Language } from '../../lib/core/view';
import type { ImportPreview, ImportPreviewResult, PreviewYear } from '../../lib/messages';
import type { ImportResult } from '../../lib/store/types';
import { formatDateTime } from '../popup/labels';
import { parseImportText, tooLarge } from './import-file';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';
import { refusal, StatusLine, type Status } from './StatusLine';

export interface DataSectionProps {
  language: Language;
  /** Saves the export as a file; resolves to its name. */
  onExport: () => Promise<{ ok: true; fileName: string } | { ok: false; errors: LocalText[] }>;
  /** Checks a file and says what importing it would replace, changing nothing. */
  onPreviewImport: (file: unknown) => Promise<ImportPreviewResult>;
  onImport: (file: unknown) => Promise<ImportResult>;
}

export function DataSection({ language, onExport, onPreviewImport, onImport }: DataSectionProps) {
  const t = optionsStrings(language);
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);
  // A checked file waiting for the person's yes: nothing is replaced before it.
  const [pending, setPending] = useState<{ file: unknown; preview: ImportPreview } | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (pending) previewHeading.current?.focus();
  }, [pending]);

  const refuse = (errors: readonly LocalText[]) => setImportStatus(refusal(t.importRefused, errors, language));

  const confirmImport = async () => {
    if (!pending) return;
    setPending(null);
    setImportStatus({ kind: 'busy', text: t.importing });
    const result = await onImport(pending.file);
    if (result.ok) setImportStatus({ kind: 'ok', text: t.imported(result.counts) });
    else refuse(result.errors);
  };

  const cancelImport = () => {
    setPending(null);
    setImportStatus({ kind: 'ok', text: t.importCancelled });
    fileInput.current?.focus();
  };

  const exportAll = async () => {
    const result = await onExport();
    setExportStatus(result.ok ? { kind: 'ok', text: t.exported(result.fileName) } : refusal(t.failed, result.errors, language));
  };

  const importChosen = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    setPending(null);
    const big = tooLarge(chosen.size);
    if (big) {
      refuse([big]);
    } else {
      setImportStatus({ kind: 'busy', text: t.importing });
      const parsed = parseImportText(await chosen.text());
      if (!parsed.ok) {
        refuse([parsed.error]);
      } else {
        const checked = await onPreviewImport(parsed.file);
        if (checked.ok) {
          setImportStatus(null);
          setPending({ file: parsed.file, preview: checked.preview });
        } else refuse(checked.errors);
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
          ref={fileInput}
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
      {pending ? (
        <div class="confirm" data-testid="vinkje-import-preview">
          <h3 tabIndex={-1} ref={previewHeading}>
            {t.previewTitle}
          </h3>
          <p>{t.previewReplaces}</p>
          <PreviewYears years={pending.preview.replaces} language={language} testId="vinkje-import-replaces" />
          <p>{t.previewBrings(madeAt(pending.preview.exportedAt, language))}</p>
          <PreviewYears years={pending.preview.brings} language={language} testId="vinkje-import-brings" />
          <p>{t.previewSettings}</p>
          <button type="button" class="danger" data-testid="vinkje-import-confirm" onClick={() => void confirmImport()}>
            {t.importConfirm}
          </button>
          <button type="button" data-testid="vinkje-import-cancel" onClick={cancelImport}>
            {t.cancel}
          </button>
        </div>
      ) : null}
      <StatusLine status={importStatus} testId="vinkje-import-result" />
    </section>
  );
}

/** The file's own time, in the page's language; as written when it is not a time. */
function madeAt(exportedAt: string, language: Language): string {
  const at = Date.parse(exportedAt);
  return Number.isNaN(at) ? exportedAt : formatDateTime(at, language);
}

function PreviewYears({ years, language, testId }: { years: PreviewYear[]; language: Language; testId: string }) {
  const t = optionsStrings(language);
  if (years.length === 0) return <p data-testid={testId}>{t.previewNothing}</p>;
  return (
    <ul data-testid={testId}>
      {years.map((y) => (
        <li key={y.licenceYear} data-year={y.licenceYear}>
          {t.previewYear(y.licenceYear)}
          {y.institutions.length === 0 ? t.previewNoSchools : y.institutions.join(', ')}
        </li>
      ))}
    </ul>
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
    setStatus(outcome.ok ? { kind: 'ok', text: t.resetDone } : refusal(t.failed, outcome.errors, language));
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
