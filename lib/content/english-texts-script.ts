/**
 * Most people read the sidebar in Dutch, so its English texts (about 1.4 KB gzip) are not part of the
 * content script every shop page loads. When the view's language is English, the background runs
 * english-texts.js in the same frame (scripting.executeScript, which shares the content script's
 * isolated world, never the page's); it leaves the table under a name on that world's global, where
 * the sidebar finds it. Until then the sidebar draws in Dutch, never blank.
 */
import type { Strings } from '../../components/strings';
import { onDemandSlot } from './on-demand-slot';

/** The built file, as the background names it (entrypoints/english-texts.ts). */
export const ENGLISH_TEXTS_SCRIPT = '/english-texts.js' as const;

const slot = onDemandSlot('__vinkjeEnglishStrings', (v): v is Strings => typeof v === 'object' && v !== null);

/** Called by english-texts.js once it runs. */
export const offerEnglishStrings = slot.offer;

/** The table english-texts.js left here, if it ran in this world. */
export const offeredEnglishStrings = slot.offered;
