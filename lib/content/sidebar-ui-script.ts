/**
 * The interactive sidebar (Preact and the sidebar's components, about 20 KB gzip) is not part of the
 * content script every shop page loads: the page shows the sidebar the background drew as HTML. When
 * the person reaches for the panel (points at it, focuses it, presses in it), the background runs
 * sidebar-ui.js in the same frame (scripting.executeScript, which shares the content script's
 * isolated world, never the page's); it leaves its mount function under a name on that world's
 * global, where the content script finds it.
 */
import type { SidebarProps } from '../../components/Sidebar';
import { onDemandSlot } from './on-demand-slot';

/** The built file, as the background names it (entrypoints/sidebar-ui.ts). */
export const SIDEBAR_UI_SCRIPT = '/sidebar-ui.js' as const;

/** What the content script passes on every draw; the report's actions are the interactive sidebar's own. */
export type InteractiveProps = Omit<SidebarProps, 'pageReport'>;

export interface InteractiveSidebar {
  draw(props: InteractiveProps): void;
  unmount(): void;
}

/** Takes over the container: from here on Preact draws the sidebar in it. */
export type MountInteractive = (input: { container: HTMLElement; doc: Document; isOwnNode: (node: Node) => boolean }) => InteractiveSidebar;

const slot = onDemandSlot('__vinkjeSidebarUi', (v): v is MountInteractive => typeof v === 'function');

/** Called by sidebar-ui.js once it runs. */
export const offerInteractiveSidebar = slot.offer;

/** The mount function sidebar-ui.js left here, if it ran in this world. */
export const offeredInteractiveSidebar = slot.offered;
