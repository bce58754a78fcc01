/**
 * Before an import replaces everything, the options page shows what would go and what would come:
 * per licence year, the institutions by name. The file gets the same check as the import itself,
 * so a file the preview accepts is one the import takes.
 */
import type { YearProgress } from '../core/progress';
import { byName } from '../core/print-summary';
import type { ImportPreviewResult, PreviewYear } from '../messages';
import type { PagesApiDeps } from './page-deps';

export function previewYears(all: readonly YearProgress[]): PreviewYear[] {
  return [...all]
    .sort((a, b) => b.licenceYear - a.licenceYear)
    .map((p) => ({
      licenceYear: p.licenceYear,
      institutions: Object.values(p.institutions)
        .map((i) => ({ name: i.institution.name }))
        .sort(byName)
        .map((i) => i.name),
    }));
}

export async function importPreview({ store }: PagesApiDeps, file: unknown): Promise<ImportPreviewResult> {
  const check = store.checkImport(file);
  if (!check.ok) return check;
  return {
    ok: true,
    preview: { exportedAt: check.file.exportedAt, replaces: previewYears(await store.allProgress()), brings: previewYears(check.file.progress) },
  };
}
