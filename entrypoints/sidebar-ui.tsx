import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Sidebar } from '../components/Sidebar';
import { pageReportActions } from '../lib/content/page-report-actions';
import { offerInteractiveSidebar } from '../lib/content/sidebar-ui-script';

// Run by the background in a shop frame once the person reaches for the panel (lib/content/sidebar-ui-script.ts).
export default defineUnlistedScript(() => {
  offerInteractiveSidebar(({ container, doc, isOwnNode }) => {
    const pageReport = pageReportActions(doc, isOwnNode);
    // The drawn HTML goes: Preact draws from a clean container (the content script keeps focus and scroll).
    container.replaceChildren();
    return {
      draw: (props) => render(<Sidebar {...props} pageReport={pageReport} />, container),
      unmount: () => render(null, container),
    };
  });
});
