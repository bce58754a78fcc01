import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './script-context';

const NAME = 'shop';
let extension: { id?: string; sendMessage: () => Promise<unknown> };

beforeEach(() => {
  extension = { id: 'vinkje-id', sendMessage: () => Promise.resolve(undefined) };
  // The context only dispatches and listens on the document: an EventTarget is enough of one.
  vi.stubGlobal('document', Object.assign(new EventTarget(), { readyState: 'complete' }));
  vi.stubGlobal('window', Object.assign(new EventTarget(), { postMessage: vi.fn() }));
  vi.stubGlobal('browser', { runtime: extension });
});
afterEach(() => vi.unstubAllGlobals());

/** What any script on the page can send: the event name is readable from the page's own DOM events. */
function imitateNewerScript() {
  document.dispatchEvent(
    new CustomEvent(`vinkje-id:${NAME}:wxt:content-script-started`, { detail: { contentScriptName: NAME, messageId: 'page' } }),
  );
}

/** The extension API, counting each time the script reaches for it (its first use is the costly one). */
function countExtensionApiUse(): { used: number } {
  const count = { used: 0 };
  vi.stubGlobal('browser', {
    get runtime() {
      count.used++;
      return extension;
    },
  });
  return count;
}

describe('ContentScriptContext', () => {
  it('keeps running when a page script imitates the announcement of a newer copy', () => {
    const ctx = new ContentScriptContext(NAME);
    ctx.onInvalidated(() => undefined);
    imitateNewerScript();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('stops when a newer copy starts after the extension was updated under the open tab', () => {
    const ctx = new ContentScriptContext(NAME);
    ctx.onInvalidated(() => undefined);
    extension.id = undefined; // what an update does to the old copy's runtime
    imitateNewerScript();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('announces itself on the document only, without waking the page’s message listeners', () => {
    const heard: string[] = [];
    document.addEventListener(`vinkje-id:${NAME}:wxt:content-script-started`, (e) => heard.push(e.type));
    const ctx = new ContentScriptContext(NAME);
    ctx.onInvalidated(() => undefined);
    void ctx.signal;
    expect(heard).toHaveLength(1);
    expect(window.postMessage).not.toHaveBeenCalled();
  });

  it('a script that never asks when it must stop (the document-start one) neither announces itself nor uses the extension API', async () => {
    const api = countExtensionApiUse();
    const heard: string[] = [];
    document.addEventListener(`vinkje-id:room:wxt:content-script-started`, (e) => heard.push(e.type));
    new ContentScriptContext('room');
    await new Promise((r) => setTimeout(r, 0));
    expect(api.used).toBe(0);
    expect(heard).toHaveLength(0);
  });

  it('waits for the page to load before it uses the extension API, then announces itself', async () => {
    vi.stubGlobal('document', Object.assign(new EventTarget(), { readyState: 'loading' }));
    const api = countExtensionApiUse();
    const heard: string[] = [];
    document.addEventListener(`vinkje-id:${NAME}:wxt:content-script-started`, (e) => heard.push(e.type));
    new ContentScriptContext(NAME).onInvalidated(() => undefined);
    expect(api.used).toBe(0);
    window.dispatchEvent(new Event('load'));
    await new Promise((r) => setTimeout(r, 0));
    expect(api.used).toBeGreaterThan(0);
    expect(heard).toHaveLength(1);
  });
});
