/**
 * Where the views find their English texts. In the popup, options and tests the table is right here;
 * the content script's build swaps this file for english-strings-on-demand.ts (build/native-browser.ts),
 * so the English table is not part of what every shop page loads.
 */
import type { Strings } from './strings';
import { en } from './strings-en';

export function englishStrings(): Strings | undefined {
  return en;
}
