/**
 * Asks the background, once, to add the English texts (english-texts.js) to this frame when the view
 * is in English, and redraws when they are here. The sidebar meanwhile draws in Dutch: a person who
 * chose English sees Dutch for one round trip, never an empty panel.
 */
import type { Language } from '../core/view';
import type { ContentMessage } from '../messages';
import { runtime } from './extension-api';
import { offeredEnglishStrings } from './english-texts-script';

export interface EnglishTextsDeps {
  /** Asks the background to run english-texts.js here; resolves once it answered. */
  load: () => Promise<unknown>;
  /** Whether the table is in this world. */
  loaded: () => boolean;
}

const browserDeps: EnglishTextsDeps = {
  load: async () => runtime()?.sendMessage({ type: 'load-english-texts' } satisfies ContentMessage),
  loaded: () => offeredEnglishStrings() !== undefined,
};

/** Returns what to call on every draw with the view's language; `redraw` runs once the texts arrived. */
export function englishTextsLoader(redraw: () => void, deps: EnglishTextsDeps = browserDeps): (language: Language) => void {
  let asking = false;
  return (language) => {
    if (language !== 'en' || asking || deps.loaded()) return;
    asking = true;
    // A failed load is asked again at the next draw (the next answer from the background), never in a loop.
    deps.load().then(
      () => {
        asking = false;
        if (deps.loaded()) redraw();
      },
      () => {
        asking = false;
      },
    );
  };
}
