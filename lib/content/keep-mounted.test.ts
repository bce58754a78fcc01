import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepMounted } from './keep-mounted';

let doc: Document;
let host: HTMLElement;
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body><p>Winkel</p></body></html>');
  vi.stubGlobal('MutationObserver', (window as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver);
  doc = document as unknown as Document;
  host = doc.createElement('vinkje-sidebar');
  host.textContent = 'paneel';
  doc.documentElement.append(host);
});
afterEach(() => vi.unstubAllGlobals());

describe('keepMounted', () => {
  it('puts the sidebar back, as it was, when the page removes it', async () => {
    keepMounted({ doc, host, mayReturn: () => true, signal: new AbortController().signal });
    host.remove();
    await settle();
    expect(host.isConnected).toBe(true);
    expect(doc.querySelectorAll('vinkje-sidebar')).toHaveLength(1);
    expect(host.textContent).toBe('paneel');
  });

  it('comes back only once: a page that keeps removing it wins, without a loop', async () => {
    keepMounted({ doc, host, mayReturn: () => true, signal: new AbortController().signal });
    host.remove();
    await settle();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });

  it('stays away when this copy of the script must not return, or was stopped', async () => {
    keepMounted({ doc, host, mayReturn: () => false, signal: new AbortController().signal });
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);

    const stopped = new AbortController();
    doc.documentElement.append(host);
    const other = doc.createElement('vinkje-sidebar');
    doc.documentElement.append(other);
    keepMounted({ doc, host: other, mayReturn: () => true, signal: stopped.signal });
    stopped.abort();
    other.remove();
    await settle();
    expect(other.isConnected).toBe(false);
  });
});
