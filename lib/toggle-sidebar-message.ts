/**
 * Background → content script: the keyboard command asks the shop tab's sidebar to open or close.
 * Apart from lib/messages.ts because the content script needs the value, and lib/messages.ts brings
 * zod, which must never ship in the content script.
 */
export const TOGGLE_SIDEBAR_TYPE = 'toggle-sidebar';
export interface ToggleSidebarMessage {
  type: typeof TOGGLE_SIDEBAR_TYPE;
}
