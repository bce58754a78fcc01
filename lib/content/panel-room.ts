/**
 * Says on the host element whether the open panel needs its room on the page (page-room.css makes
 * it). Each change makes the browser lay out the whole shop page again, so the attribute is written
 * only when the panel's state changes, never again for the same state (every answer from the
 * background redraws the panel, several times while a person types on the quantity page).
 */
import { PANEL_ATTRIBUTE } from './page-layout';

/** How the sidebar is shown: the open panel, or the small tab. */
export type PanelShown = 'open' | 'collapsed';

export interface PanelRoom {
  show(panel: PanelShown): void;
}

export function panelRoom(host: Element): PanelRoom {
  return {
    show(panel) {
      if (host.getAttribute(PANEL_ATTRIBUTE) !== panel) host.setAttribute(PANEL_ATTRIBUTE, panel);
    },
  };
}
