import { describe, expect, it, vi } from 'vitest';
import { listenForSidebarCommand, type CommandBrowser } from './sidebar-command';

function fakeBrowser(activeTab: { id?: number; url?: string } | null, sendFails = false) {
  let listener: ((command: string, tab?: { id?: number; url?: string }) => void) | null = null;
  const sendMessage = vi.fn(() => (sendFails ? Promise.reject(new Error('Receiving end does not exist')) : Promise.resolve(undefined)));
  const api: CommandBrowser = {
    commands: { onCommand: { addListener: (l) => (listener = l) } },
    tabs: { query: vi.fn(() => Promise.resolve(activeTab ? [activeTab] : [])), sendMessage },
  };
  listenForSidebarCommand(api);
  const press = async (command = 'toggle-sidebar', tab?: { id?: number; url?: string }) => {
    listener?.(command, tab);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { press, sendMessage };
}

describe('the keyboard command that opens or closes the sidebar', () => {
  it('tells the active shop tab to toggle its sidebar', async () => {
    const { press, sendMessage } = fakeBrowser({ id: 7, url: 'https://www.slbdiensten.nl/winkelwagen/' });
    await press();
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'toggle-sidebar' });
  });

  it('uses the tab the browser names with the command', async () => {
    const { press, sendMessage } = fakeBrowser(null);
    await press('toggle-sidebar', { id: 3, url: 'https://shop.slbdiensten.nl/account/' });
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'toggle-sidebar' });
  });

  it('leaves a tab that is not the shop alone, and other commands too', async () => {
    const { press, sendMessage } = fakeBrowser({ id: 7, url: 'https://www.slbdiensten.nl.evil.example/' });
    await press();
    await press('something-else');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('does not fail when the shop tab has no content script yet', async () => {
    const { press, sendMessage } = fakeBrowser({ id: 7, url: 'https://www.slbdiensten.nl/' }, true);
    await expect(press()).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
