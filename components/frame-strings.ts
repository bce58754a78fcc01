/**
 * The few texts the content script draws itself, before or without the background: the panel's frame
 * while the page is read, and what to do when the background cannot be reached. Everything else the
 * background draws (components/sidebar-html.tsx). Kept apart so the content script carries these
 * sentences only, not the sidebar's whole table.
 */
import type { Language } from '../lib/core/view';

export interface FrameStrings {
  appName: string;
  readingPage: string;
  reloadNeeded: string;
  unavailable: string;
}

export const frameStrings: Record<Language, FrameStrings> = {
  nl: {
    appName: 'Vinkje',
    readingPage: 'Deze pagina wordt gelezen…',
    reloadNeeded: 'Vinkje is bijgewerkt of herstart. Herlaad deze pagina om verder te gaan; je voortgang is bewaard.',
    unavailable: 'Vinkje kan zijn gegevens nu niet bereiken. Herlaad de pagina.',
  },
  en: {
    appName: 'Vinkje',
    readingPage: 'Reading this page…',
    reloadNeeded: 'Vinkje was updated or restarted. Reload this page to continue; your progress is saved.',
    unavailable: 'Vinkje cannot reach its data right now. Reload the page.',
  },
};
