import { afterEach, describe, expect, it, vi } from 'vitest';
import { askBackground, BackgroundError, ANSWER_TIMEOUT_MS } from './background-client';

// The test setup provides a fake `browser`; each test puts its own runtime in its place.
const useRuntime = (runtime: unknown) => vi.stubGlobal('browser', { runtime });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('askBackground', () => {
  it('gives up with "unavailable" when the background never answers, so the sidebar can say so', async () => {
    vi.useFakeTimers();
    useRuntime({ id: 'x', sendMessage: () => new Promise(() => {}) });
    const asked = askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' });
    const outcome = asked.then(
      () => 'answered',
      (error: unknown) => (error instanceof BackgroundError ? error.problem : 'other'),
    );
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS + 1);
    expect(await outcome).toBe('unavailable');
  });

  it('still returns the view when the background answers in time', async () => {
    const view = { collapsed: false };
    useRuntime({ id: 'x', sendMessage: () => Promise.resolve({ ok: true, view }) });
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).resolves.toEqual({ view, html: null });
  });

  it('passes on the sidebar the background drew, and nothing that is not one', async () => {
    const view = { collapsed: false };
    const html = { open: '<aside class="panel"></aside>', collapsed: '<div class="tab"></div>' };
    useRuntime({ id: 'x', sendMessage: () => Promise.resolve({ ok: true, view, html }) });
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).resolves.toEqual({ view, html });
    useRuntime({ id: 'x', sendMessage: () => Promise.resolve({ ok: true, view, html: { open: 3 } }) });
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).resolves.toEqual({ view, html: null });
  });

  it('asks for a reload when the extension was updated under the open tab', async () => {
    useRuntime({ sendMessage: () => Promise.resolve(undefined) });
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).rejects.toMatchObject({ problem: 'reload-needed' });
  });
});
