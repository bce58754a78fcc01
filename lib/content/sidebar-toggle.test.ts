import { describe, expect, it, vi } from 'vitest';
import { listenForSidebarToggle } from './sidebar-toggle';

function fakeRuntime() {
  const listeners = new Set<(message: unknown) => void>();
  return {
    runtime: { onMessage: { addListener: (l: (m: unknown) => void) => listeners.add(l), removeListener: (l: (m: unknown) => void) => listeners.delete(l) } },
    send: (message: unknown) => listeners.forEach((l) => l(message)),
  };
}

describe("the content script's side of the keyboard command", () => {
  it('toggles on the background\'s "toggle-sidebar" and ignores every other message', () => {
    const { runtime, send } = fakeRuntime();
    const onToggle = vi.fn();
    listenForSidebarToggle(onToggle, new AbortController().signal, runtime);
    send({ type: 'view' });
    send('toggle-sidebar');
    send({ type: 'toggle-sidebar' });
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the content script is invalidated', () => {
    const { runtime, send } = fakeRuntime();
    const onToggle = vi.fn();
    const controller = new AbortController();
    listenForSidebarToggle(onToggle, controller.signal, runtime);
    controller.abort();
    send({ type: 'toggle-sidebar' });
    expect(onToggle).not.toHaveBeenCalled();
  });
});
