/**
 * "Pagina melden" is rarely pressed, and building the report needs the redaction and every shop word
 * Vinkje keeps (about 4 KB gzip): so that code is not part of the content script every shop page
 * loads. When the person asks for a report, the background runs page-report.js in the same frame
 * (scripting.executeScript, which shares the content script's isolated world, never the page's); it
 * leaves its builder under a name on that world's global, where the content script finds it.
 */
import type { PageReportInput } from '../site/page-report/build-report';

/** The built file, as the manifest's files name it (entrypoints/page-report.ts). */
export const PAGE_REPORT_SCRIPT = '/page-report.js' as const;

export type BuildPageReport = (input: PageReportInput) => string;

const GLOBAL_NAME = '__vinkjeBuildPageReport';

type WithBuilder = { [GLOBAL_NAME]?: BuildPageReport };

/** Called by page-report.js once it runs. */
export function offerPageReportBuilder(build: BuildPageReport, scope: object = globalThis): void {
  (scope as WithBuilder)[GLOBAL_NAME] = build;
}

/** The builder page-report.js left here, if it ran in this world. */
export function pageReportBuilder(scope: object = globalThis): BuildPageReport | undefined {
  const found = (scope as WithBuilder)[GLOBAL_NAME];
  return typeof found === 'function' ? found : undefined;
}
