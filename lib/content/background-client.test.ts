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
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).resolves.toBe(view);
  });

  it('asks for a reload when the extension was updated under the open tab', async () => {
    useRuntime({ sendMessage: () => Promise.resolve(undefined) });
    await expect(askBackground({ type: 'view', url: 'https://bestellen.slbdiensten.nl/' })).rejects.toMatchObject({ problem: 'reload-needed' });
  });
});
