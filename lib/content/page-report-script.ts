/**
 * "Pagina melden" is rarely pressed, and building the report needs the redaction and every shop word
 * Vinkje keeps (about 4 KB gzip): so that code is not part of the content script every shop page
 * loads. When the person asks for a report, the background runs page-report.js in the same frame
 * (scripting.executeScript, which shares the content script's isolated world, never the page's); it
 * leaves its builder under a name on that world's global, where the content script finds it.
 */
import type { PageReportInput } from '../site/page-report/build-report';
import { onDemandSlot } from './on-demand-slot';

/** The built file, as the manifest's files name it (entrypoints/page-report.ts). */
export const PAGE_REPORT_SCRIPT = '/page-report.js' as const;

export type BuildPageReport = (input: PageReportInput) => string;

const slot = onDemandSlot('__vinkjeBuildPageReport', (v): v is BuildPageReport => typeof v === 'function');

/** Called by page-report.js once it runs. */
export const offerPageReportBuilder = slot.offer;

/** The builder page-report.js left here, if it ran in this world. */
export const pageReportBuilder = slot.offered;
