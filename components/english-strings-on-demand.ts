/**
 * The content script's englishStrings(): the table english-texts.js left in this isolated world once
 * the background ran it (lib/content/english-texts-script.ts), or nothing yet.
 */
import type { Strings } from './strings';
import { offeredEnglishStrings } from '../lib/content/english-texts-script';

export function englishStrings(): Strings | undefined {
  return offeredEnglishStrings();
}
