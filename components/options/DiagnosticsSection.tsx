import { useState } from 'preact/hooks';
import type { LocalText } from '../../lib/core/format';
import type { Language } from '../../lib/core/view';
import type { Diagnostics } from '../../lib/messages';
import { strings } from '../strings';
import { formatDateTime } from '../popup/labels';
import { optionsStrings } from './options-strings';
import type { Outcome } from './outcome';
import { refusal, StatusLine, type Status } from './StatusLine';

export interface AsideActions {
  /** Puts a set-aside record back; the background says why not when it still does not fit. */
  onRestore: (id: string) => Promise<Outcome>;
  /** Saves a set-aside record as a file; resolves to its name. */
  onSave: (id: string) => Promise<{ ok: true; fileName: string } | { ok: false; errors: LocalText[] }>;
}

/** What Vinkje last read on each kind of shop page, and the state of its storage. */
export function DiagnosticsSection({ diagnostics, language, aside }: { diagnostics: Diagnostics; language: Language; aside?: AsideActions }) {
  const t = optionsStrings(language);
  const s = strings(language);
  return (
    <section class="card no-print" aria-labelledby="vinkje-diagnostics" data-testid="vinkje-diagnostics">
      <h2 id="vinkje-diagnostics">{t.diagnosticsTitle}</h2>
      <p class="hint">{t.diagnosticsHelp}</p>
      <dl class="facts">
        <dt>{t.backend}</dt>
        <dd data-backend={diagnostics.backend}>{t.backends[diagnostics.backend]}</dd>
        <dt>{t.pageDeadline}</dt>
        <dd>
          {diagnostics.pageDeadline
            ? `${diagnostics.pageDeadline.date} (${formatDateTime(diagnostics.pageDeadline.seenAt, language)})`
            : t.noPageDeadline}
        </dd>
      </dl>

      <h3>{t.problems}</h3>
      {diagnostics.problems.length === 0 ? (
        <p>{t.noProblems}</p>
      ) : (
        <ul>
          {diagnostics.problems.map((p, i) => (
            <li key={i} data-problem={p.code}>
              {formatDateTime(p.at, language)}: {p.message[language]}
              {p.count ? <span data-count={p.count}> ({t.times(p.count)})</span> : null}
              {p.detail ? <code class="detail">{p.detail}</code> : null}
            </li>
          ))}
        </ul>
      )}

      {diagnostics.quarantined.length > 0 ? (
        <>
          <h3>{t.quarantined}</h3>
          <p class="hint">{t.asideHelp}</p>
          <ul>
            {diagnostics.quarantined.map((q) => (
              <AsideRecord key={q.id} record={q} language={language} actions={aside} />
            ))}
          </ul>
        </>
      ) : null}

      {diagnostics.years.length === 0 ? <p>{t.noPages}</p> : null}
      {diagnostics.years.map((year) => (
        <div key={year.licenceYear} class="table-wrap">
          <h3>{t.yearPages(year.licenceYear)}</h3>
          {year.pages.length === 0 ? (
            <p>{t.noPages}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.page}</th>
                  <th scope="col">{t.lastRead}</th>
                  <th scope="col">{t.address}</th>
                  <th scope="col">{t.unread}</th>
                </tr>
              </thead>
              <tbody>
                {year.pages.map((page) => (
                  <tr key={page.kind} data-page={page.kind}>
                    <th scope="row">{s.pageNames[page.kind]}</th>
                    <td>{formatDateTime(page.at, language)}</td>
                    <td class="url">{page.url}</td>
                    <td>{page.unread.length === 0 ? t.allRead : page.unread.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}

function AsideRecord({ record, language, actions }: { record: Diagnostics['quarantined'][number]; language: Language; actions: AsideActions | undefined }) {
  const t = optionsStrings(language);
  const [status, setStatus] = useState<Status>(null);
  const restore = async () => {
    if (!actions) return;
    const outcome = await actions.onRestore(record.id);
    setStatus(outcome.ok ? { kind: 'ok', text: t.restored } : refusal(t.notRestored, outcome.errors, language));
  };
  const save = async () => {
    if (!actions) return;
    const result = await actions.onSave(record.id);
    setStatus(result.ok ? { kind: 'ok', text: t.asideSaved(result.fileName) } : refusal(t.failed, result.errors, language));
  };
  return (
    <li data-aside={record.id}>
      {formatDateTime(record.at, language)}: {record.table}/{record.key}: {language === 'en' ? (record.reasonEn ?? record.reason) : record.reason}
      {actions ? (
        <div class="actions">
          <button type="button" data-testid="vinkje-aside-restore" onClick={() => void restore()}>
            {t.restoreAside}
          </button>
          <button type="button" data-testid="vinkje-aside-save" onClick={() => void save()}>
            {t.exportAside}
          </button>
        </div>
      ) : null}
      <StatusLine status={status} />
    </li>
  );
}
