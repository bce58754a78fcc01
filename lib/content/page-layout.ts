/**
 * The one change Vinkje makes to the shop's own layout: room at the right for the open panel. The
 * page gets a right margin as wide as the panel; content wider than what is left (a wide table)
 * scrolls sideways inside the page instead of sliding under the panel, so no shop button is ever
 * hidden behind Vinkje. On narrow windows nothing changes (the panel starts as a small tab there).
 * The rule itself is page-room.css; the host element's PANEL_ATTRIBUTE switches it (panel-room.ts).
 */
/** In pixels, not rem: the page's own root font size must not resize the panel (a hostile or huge font). */
export const PANEL_WIDTH_PX = 320;
export const MIN_WIDTH_FOR_MARGIN_PX = 960;

/** On the host element: 'collapsed' takes the room away (page-room.css), 'open' keeps it. */
export const PANEL_ATTRIBUTE = 'data-panel';
