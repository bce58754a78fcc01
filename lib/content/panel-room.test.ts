import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MIN_WIDTH_FOR_MARGIN_PX, PANEL_ATTRIBUTE, PANEL_WIDTH_PX } from './page-layout';
import { panelRoom } from './panel-room';
import { HOST_TAG } from './mount';

const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const ROOM_CSS = fs.readFileSync(new URL('./page-room.css', import.meta.url), 'utf8');

function page() {
  const { document, MutationObserver } = parseHTML('<!doctype html><html><head></head><body><p>Winkel</p></body></html>');
  const host = document.createElement(HOST_TAG);
  document.documentElement.append(host);
  return { document, host, MutationObserver };
}

describe("the panel's room on the shop page", () => {
  it('is asked for while the panel is open, and given back for the small tab', () => {
    const { host } = page();
    const room = panelRoom(host as unknown as Element);
    room.show('open');
    expect(host.getAttribute(PANEL_ATTRIBUTE)).toBe('open');
    room.show('collapsed');
    expect(host.getAttribute(PANEL_ATTRIBUTE)).toBe('collapsed');
  });

  it('is not asked for again when the panel is drawn again as it was, so the page is not laid out again', async () => {
    const { host, MutationObserver: Observer } = page();
    const room = panelRoom(host as unknown as Element);
    room.show('open');
    const changes: unknown[] = [];
    new Observer((records: unknown[]) => changes.push(...records)).observe(host, { attributes: true });
    room.show('open');
    room.show('open');
    await settle();
    expect(changes).toEqual([]);
    room.show('collapsed');
    await settle();
    expect(changes.length).toBeGreaterThan(0);
  });

  it('is made by the stylesheet with the same width, window size, host and attribute the script uses', () => {
    expect(ROOM_CSS).toContain(`@media (min-width: ${MIN_WIDTH_FOR_MARGIN_PX}px)`);
    expect(ROOM_CSS).toContain(`margin-right: ${PANEL_WIDTH_PX}px !important`);
    expect(ROOM_CSS).toContain(`html:has(> ${HOST_TAG}:not([${PANEL_ATTRIBUTE}='collapsed']))`);
  });
});
