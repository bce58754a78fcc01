import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildPageReport } from '../lib/site/page-report/build-report';
import { offerPageReportBuilder } from '../lib/content/page-report-script';

// Run by the background in a shop frame when "Pagina melden" is pressed (lib/content/page-report-script.ts).
export default defineUnlistedScript(() => {
  offerPageReportBuilder(buildPageReport);
});
