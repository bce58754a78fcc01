import type { Language } from '../../lib/core/view';
import type { Diagnostics } from '../../lib/messages';
import { strings } from '../strings';
import { formatDateTime } from '../popup/labels';
import { optionsStrings } from './options-strings';

/** What Vinkje last read on each kind of shop page, and the state of its storage. */
export function DiagnosticsSection({ diagnostics, language }: { diagnostics: Diagnostics; language: Language }) {
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
          <ul>
            {diagnostics.quarantined.map((q, i) => (
              <li key={i}>
                {formatDateTime(q.at, language)}: {q.table}/{q.key}: {q.reason}
              </li>
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
