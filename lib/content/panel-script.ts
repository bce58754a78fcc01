/**
 * The panel's script (entrypoints/shop.content) is not in the manifest: a script the manifest names
 * for document_idle is compiled and run just before the shop's load event, and so makes every shop
 * page load later by its compile. The document-start script (entrypoints/room.content.ts) places the
 * host, hears presses and, once the page has loaded, sends the page's first snapshot and asks the
 * background to run this script in its frame (scripting.executeScript, which shares the isolated
 * world of the content scripts, never the page's). What the first script started, it leaves for
 * this one under a name on that world's global.
 */
import type { ViewAndSidebar } from './background-client';
import type { PressWatch } from './press-watcher';
import type { PageSnapshot } from '../messages';
import { onDemandSlot } from './on-demand-slot';

/** The built file, as the background names it. */
export const PANEL_SCRIPT = '/content-scripts/shop.js' as const;

/** What the document-start script hands over: its press watch, and the page it sent at the load. */
export interface PanelStart {
  presses: PressWatch;
  first: { snapshot: PageSnapshot; answer: Promise<ViewAndSidebar> };
}

const isPanelStart = (v: unknown): v is PanelStart =>
  typeof v === 'object' && v !== null && typeof (v as Partial<PanelStart>).presses?.handleWith === 'function' && typeof (v as Partial<PanelStart>).first === 'object';

const slot = onDemandSlot('__vinkjePanelStart', isPanelStart);

/** Called by the document-start script before it asks for the panel's script. */
export const offerPanelStart = slot.offer;

/** Taken once by the panel's script: a second run of it in the same world finds nothing. */
export function takePanelStart(scope: object = globalThis): PanelStart | undefined {
  const found = slot.offered(scope);
  if (found) slot.offer(undefined as unknown as PanelStart, scope);
  return found;
}

const RUNNING = '__vinkjePanelRunning';

/** True for the first run of the panel's script in this world, false for any later one. */
export function claimPanel(scope: object = globalThis): boolean {
  const world = scope as Record<string, unknown>;
  if (world[RUNNING] === true) return false;
  world[RUNNING] = true;
  return true;
}
