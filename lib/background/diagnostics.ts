/**
 * The options page's diagnostics: where the data lives, what went wrong with it this session, what
 * was set aside, and per licence year what Vinkje last read on each kind of shop page.
 */
import { PAGE_KINDS } from '../core/observation';
import type { YearProgress } from '../core/progress';
import type { Diagnostics } from '../messages';
import type { PagesApiDeps, PagesStore } from './page-deps';

export function buildDiagnostics(
  store: Pick<PagesStore, 'backend' | 'problems'>,
  all: YearProgress[],
  quarantined: ReadonlyArray<{ id: string; table: string; key: string; reason: string; reasonEn?: string; at: number }>,
  pageDeadline: Diagnostics['pageDeadline'],
): Diagnostics {
  const years = [...all]
    .sort((a, b) => b.licenceYear - a.licenceYear)
    .map((p) => ({
      licenceYear: p.licenceYear,
      pages: PAGE_KINDS.flatMap((kind) => {
        const visit = p.lastPages[kind];
        return visit ? [{ kind, at: visit.at, url: visit.url, unread: [...visit.unread] }] : [];
      }),
    }));
  return {
    backend: store.backend,
    problems: store.problems(),
    quarantined: quarantined.map(({ id, table, key, reason, reasonEn, at }) => ({ id, table, key, reason, ...(reasonEn === undefined ? {} : { reasonEn }), at })),
    pageDeadline,
    years,
  };
}

export async function diagnostics({ store, service, now }: PagesApiDeps): Promise<Diagnostics> {
  const licenceYear = await service.activeYear(now());
  const page = await store.getPageDeadline(licenceYear);
  const pageDeadline = page ? { licenceYear, date: page.date, seenAt: page.seenAt } : null;
  return buildDiagnostics(store, await store.allProgress(), await store.quarantined(), pageDeadline);
}
