/**
 * The content script's side of the keyboard command: the background says "toggle", the sidebar
 * opens or closes. Only the extension itself can send this (runtime messages never come from pages).
 */
import { TOGGLE_SIDEBAR_TYPE } from '../toggle-sidebar-message';

type Listener = (message: unknown) => void;
interface MessageEvents {
  onMessage?: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export function listenForSidebarToggle(onToggle: () => void, signal: AbortSignal, runtime?: MessageEvents): void {
  const g = globalThis as { browser?: { runtime?: MessageEvents }; chrome?: { runtime?: MessageEvents } };
  const events = (runtime ?? g.browser?.runtime ?? g.chrome?.runtime)?.onMessage;
  if (!events) return;
  const listener: Listener = (message) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === TOGGLE_SIDEBAR_TYPE) onToggle();
  };
  events.addListener(listener);
  signal.addEventListener('abort', () => events.removeListener(listener), { once: true });
}
