/**
 * What the document-start script does before the panel's script runs: the host for the panel's
 * room at once, presses told at once, and after the load the page sent and the panel's script asked
 * for; when that script does not come, no empty room is left on the shop's page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ViewAndSidebar } from './background-client';
import type { ContentMessage } from '../messages';
import { HOST_TAG } from './mount';
import { claimPanel, takePanelStart } from './panel-script';
import { PANEL_LOAD_TIMEOUT_MS, startPage } from './page-start';

afterEach(() => {
  vi.useRealTimers();
});

const ANSWER = { view: {}, html: null } as unknown as ViewAndSidebar;

function shopAtDocumentStart(loadPanel: (world: object) => Promise<unknown>) {
  const { document } = parseHTML('<!doctype html><html></html>');
  const doc = document as unknown as Document;
  doc.documentElement.replaceChildren();
  const win = new EventTarget();
  const world = {};
  const sent: ContentMessage[] = [];
  const panelAsked = vi.fn(() => loadPanel(world));
  startPage({
    doc,
    win,
    signal: new AbortController().signal,
    href: () => 'https://www.slbdiensten.nl/winkelwagen/',
    ask: (m) => {
      sent.push(m);
      return Promise.resolve(ANSWER);
    },
    loadPanel: panelAsked,
    world,
  });
  const parse = () => {
    const body = doc.createElement('body');
    const heading = doc.createElement('h1');
    heading.textContent = 'Winkelwagen';
    const claim = doc.createElement('button');
    claim.id = 'claim';
    claim.textContent = 'Toevoegen aan winkelwagen';
    const form = doc.createElement('form');
    form.append(claim);
    body.append(heading, form);
    doc.documentElement.append(doc.createElement('head'), body);
  };
  const fireLoad = () => {
    (doc as unknown as { readyState: string }).readyState = 'complete';
    win.dispatchEvent(new Event('load'));
  };
  const load = async () => {
    fireLoad();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  };
  const hosts = () => doc.querySelectorAll(HOST_TAG);
  return { doc, world, sent, panelAsked, parse, fireLoad, load, hosts };
}

/** The background runs the panel's script, which takes what was started. */
const panelRuns = async (world: object) => {
  takePanelStart(world);
  claimPanel(world);
  return { ok: true, injected: true };
};

describe('the shop page before the panel’s script runs', () => {
  it('has the host at once and sends nothing until the page has loaded', async () => {
    const shop = shopAtDocumentStart(panelRuns);
    expect(shop.doc.documentElement.firstElementChild?.localName).toBe(HOST_TAG);
    shop.parse();
    expect(shop.sent).toEqual([]);
    expect(shop.panelAsked).not.toHaveBeenCalled();
  });

  it('after the load sends the page as it is, with the host last, and asks for the panel’s script, handing it the page it sent', async () => {
    let handed: ReturnType<typeof takePanelStart>;
    const shop = shopAtDocumentStart(async (world) => {
      handed = takePanelStart(world);
      return { ok: true, injected: true };
    });
    shop.parse();
    await shop.load();
    expect(shop.doc.documentElement.lastElementChild?.localName).toBe(HOST_TAG);
    expect(shop.sent).toHaveLength(1);
    const first = shop.sent[0] as Extract<ContentMessage, { type: 'observe-page' }>;
    expect(first.type).toBe('observe-page');
    expect(first.snapshot.html).toContain('Toevoegen aan winkelwagen');
    expect(first.snapshot.url).toBe('https://www.slbdiensten.nl/winkelwagen/');
    expect(shop.panelAsked).toHaveBeenCalledTimes(1);
    expect(handed?.first.snapshot).toBe(first.snapshot);
    await expect(handed?.first.answer).resolves.toBe(ANSWER);
    expect(typeof handed?.presses.handleWith).toBe('function');
    expect(shop.hosts()).toHaveLength(1);
  });

  it('tells a press at once, with the element pressed, before the page has loaded', () => {
    const shop = shopAtDocumentStart(panelRuns);
    shop.parse();
    shop.doc.getElementById('claim')?.dispatchEvent(new (shop.doc.defaultView as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
    expect(shop.sent).toHaveLength(1);
    const press = shop.sent[0] as Extract<ContentMessage, { type: 'observe-page' }>;
    expect(press.snapshot.clicked?.tag).toBe('BUTTON');
  });

  it('takes the empty room away when the background does not run the panel’s script', async () => {
    for (const refusal of [async () => ({ ok: false, error: 'no' }), async () => Promise.reject(new Error('gone')), async () => undefined]) {
      const shop = shopAtDocumentStart(refusal);
      shop.parse();
      await shop.load();
      expect(shop.hosts()).toHaveLength(0);
      expect(takePanelStart(shop.world)).toBeUndefined();
    }
  });

  it('takes the empty room away when the panel’s script has not come after a while', async () => {
    vi.useFakeTimers();
    const shop = shopAtDocumentStart(() => new Promise(() => {}));
    shop.parse();
    shop.fireLoad();
    await vi.advanceTimersByTimeAsync(0);
    expect(shop.panelAsked).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(PANEL_LOAD_TIMEOUT_MS - 10);
    expect(shop.hosts()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(shop.hosts()).toHaveLength(0);
  });
});

describe('the handover to the panel’s script', () => {
  it('is taken once, and the panel’s script runs once per page', () => {
    const world = {};
    expect(claimPanel(world)).toBe(true);
    expect(claimPanel(world)).toBe(false);
    expect(takePanelStart({})).toBeUndefined();
  });
});
