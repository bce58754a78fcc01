/**
 * A shop page's view is answered as soon as it is known: storing what the page changed, and the badge
 * and reminders that follow it, come after, in the same turn of the one writer. Whatever asks next
 * (the same tab, the popup) still sees it stored; a write that fails after the view was shown is
 * said in the next view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAKEN, accountPage, cartPage } from '../core/test-support/observations';
import { bootBackground } from './background.testutil';

const AT = Date.parse('2025-11-20T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A store whose next progress write waits until `release` is called. */
async function withSlowWrite() {
  const bg = await bootBackground({ at: AT });
  await bg.see(accountPage(AT));
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const original = bg.store.putProgress.bind(bg.store);
  const writes = vi.spyOn(bg.store, 'putProgress').mockImplementation(async (progress) => {
    await gate;
    return original(progress);
  });
  return { bg, release, writes };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the view of a shop page', () => {
  it('is answered before what the page changed is stored, with what the page showed', async () => {
    const { bg, release, writes } = await withSlowWrite();
    let answered: { ok: boolean; view?: unknown } | null = null;
    void bg.fromShop({ type: 'observe', observation: cartPage(AT, BAKEN, 'PO-7') }, cartPage(AT, BAKEN).url).then((a) => {
      answered = a;
    });
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1)); // the write has begun and waits
    await vi.waitFor(() => expect(answered).toMatchObject({ ok: true }));
    expect(JSON.stringify((answered as unknown as { view: unknown }).view)).toContain('PO-7');
    expect((await bg.store.getProgress(2026))?.institutions[BAKEN.customerNumber ?? '']?.reference ?? '').not.toBe('PO-7');
    release();
    await settle();
    expect((await bg.store.getProgress(2026))?.institutions[BAKEN.customerNumber ?? '']?.reference).toBe('PO-7');
  });

  it('keeps the one writer: the popup and the next page wait until it is stored', async () => {
    const { bg, release } = await withSlowWrite();
    await bg.fromShop({ type: 'observe', observation: cartPage(AT, BAKEN, 'PO-8') }, cartPage(AT, BAKEN).url);
    let overview: unknown = null;
    void bg.fromExtensionPage({ type: 'overview' }).then((a) => {
      overview = a;
    });
    let next: unknown = null;
    void bg.fromShop({ type: 'sidebar-action', action: { type: 'set-language', language: 'en' }, url: cartPage(AT, BAKEN).url }).then((a) => {
      next = a;
    });
    for (let i = 0; i < 20; i++) await settle();
    expect(overview).toBeNull();
    expect(next).toBeNull();
    release();
    await vi.waitFor(() => expect(overview).not.toBeNull());
    await vi.waitFor(() => expect(next).not.toBeNull());
    expect(JSON.stringify(overview)).toContain(BAKEN.name);
    expect((await bg.store.getSettings()).language).toBe('en');
  });

  it('says in the next view when what a page changed could not be stored', async () => {
    const bg = await bootBackground({ at: AT });
    await bg.see(accountPage(AT));
    // The browser's storage fails underneath the store, as a broken disk would.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('disk gone', 'UnknownError');
    });
    const first = await bg.fromShop({ type: 'observe', observation: cartPage(AT, BAKEN, 'PO-9') }, cartPage(AT, BAKEN).url);
    expect(first.ok).toBe(true);
    for (let i = 0; i < 20; i++) await settle();
    const next = await bg.fromShop({ type: 'view', url: cartPage(AT, BAKEN).url });
    expect(JSON.stringify(next.view)).toContain('Vinkje kon iets niet bewaren');
    // No caller hears the failure any more: the background's log does.
    expect(bg.logs.map((l) => l.message)).toContain('Vinkje: what a page changed could not be stored after its view was shown');
  });
});
