import { useState } from 'preact/hooks';
import type { Language } from '../lib/core/view';
import { strings } from './strings';

/** What the content script does for the report; the view only asks. */
export interface PageReportActions {
  /** Builds the report of the page as it is now (on the device; its code is loaded on first use). */
  build(): Promise<string>;
  /** Puts the text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** Offers the text as a file download. */
  save(text: string): void;
}

/**
 * "Pagina melden": the whole report is shown before anything can leave the page, and it leaves
 * only by the person's own copy or save.
 */
export function PageReport({ language, actions }: { language: Language; actions: PageReportActions }) {
  const t = strings(language);
  const [report, setReport] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<'copied' | 'failed' | null>(null);
  const [buildFailed, setBuildFailed] = useState(false);
  if (report === null) {
    const open = () =>
      actions.build().then(
        (text) => {
          setBuildFailed(false);
          setReport(text);
        },
        () => setBuildFailed(true),
      );
    return (
      <>
        <button type="button" data-testid="vinkje-report-open" onClick={() => void open()}>
          {t.reportPage}
        </button>
        {buildFailed ? <p role="status">{t.reportBuildFailed}</p> : null}
      </>
    );
  }
  return (
    <section class="report" aria-labelledby="vinkje-report-title" data-testid="vinkje-report">
      <h2 id="vinkje-report-title">{t.reportPage}</h2>
      <p>{t.reportIntro}</p>
      <label class="report__label" for="vinkje-report-text">
        {t.reportLabel}
      </label>
      <textarea id="vinkje-report-text" class="report__text" readOnly rows={12} value={report} data-testid="vinkje-report-text" />
      <div>
        <button type="button" class="primary" onClick={() => void actions.copy(report).then((ok) => setCopyState(ok ? 'copied' : 'failed'))}>
          {t.reportCopy}
        </button>
        <button type="button" onClick={() => actions.save(report)}>
          {t.reportSave}
        </button>
        <button type="button" class="ghost" onClick={() => {
            setReport(null);
            setCopyState(null);
          }}>
          {t.reportClose}
        </button>
      </div>
      <p role="status" class="report__status">
        {copyState === 'copied' ? t.reportCopied : copyState === 'failed' ? t.reportCopyFailed : ''}
      </p>
    </section>
  );
}
