/**
 * The keyboard command that opens or closes the sidebar: the background hears it and tells the
 * content script of the active shop tab, which owns the panel. A tab that is not the shop's, or has
 * no content script yet (still loading, opened before an update), is left alone.
 */
import { TOGGLE_SIDEBAR_TYPE, type ToggleSidebarMessage } from '../toggle-sidebar-message';

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

interface TabLike {
  id?: number;
  url?: string;
}

export interface CommandBrowser {
  commands: { onCommand: { addListener(listener: (command: string, tab?: TabLike) => void): void } };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<TabLike[]>;
    sendMessage(tabId: number, message: ToggleSidebarMessage): Promise<unknown>;
  };
}

const SHOP_PAGE = /^https:\/\/([a-z0-9-]+\.)*slbdiensten\.nl\//;

async function toggleIn(api: CommandBrowser, given: TabLike | undefined): Promise<void> {
  const tab = given?.id !== undefined ? given : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url || !SHOP_PAGE.test(tab.url)) return;
  try {
    await api.tabs.sendMessage(tab.id, { type: TOGGLE_SIDEBAR_TYPE });
  } catch {
    // No content script in that tab (yet): nothing to open or close.
  }
}

/** Registers the command listener; call synchronously at start (an MV3 worker woken by it needs it). */
export function listenForSidebarCommand(api: CommandBrowser): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SIDEBAR_COMMAND) void toggleIn(api, tab);
  });
}
