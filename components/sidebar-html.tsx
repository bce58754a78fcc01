/**
 * The sidebar as HTML, drawn in the background for every view it sends to a shop tab. The shop's page
 * shows this HTML as it is (lib/content/static-panel.ts) and loads the interactive sidebar
 * (entrypoints/sidebar-ui.ts, the same components) only when the person reaches for the panel: most
 * page loads never run Preact in the shop's page at all.
 */
import { renderToString } from 'preact-render-to-string';
import type { SidebarView } from '../lib/core/view';
import type { SidebarHtml } from '../lib/messages';
import { Sidebar } from './Sidebar';
import type { PageReportActions } from './PageReport';

/** The report's button is drawn; pressing it loads the interactive sidebar, whose actions do the work. */
const notInThisDocument = (): never => {
  throw new Error('the page report works in the interactive sidebar only');
};
const drawnOnly: PageReportActions = { build: notInThisDocument, copy: notInThisDocument, save: notInThisDocument };
const noAction = () => undefined;

export function renderSidebarHtml(view: SidebarView): SidebarHtml {
  const draw = (collapsed: boolean) =>
    renderToString(<Sidebar view={{ ...view, collapsed }} page={view.page} problem={null} onAction={noAction} pageReport={drawnOnly} />);
  return { open: draw(false), collapsed: draw(true) };
}
