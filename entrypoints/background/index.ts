import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../lib/background/start';
import { listenForSidebarCommand } from '../../lib/background/sidebar-command';
import { openStore } from '../../lib/store/db';
import { renderSidebarHtml } from '../../components/sidebar-html';

export default defineBackground({
  type: 'module',
  main() {
    startBackground({ browser, openStore: () => openStore(), now: () => Date.now(), drawSidebar: renderSidebarHtml });
    listenForSidebarCommand(browser);
  },
});
