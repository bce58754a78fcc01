/**
 * Reading an export file before it is sent: only whether it is JSON at all is checked here (with a
 * precise reason when not); the store checks every record and refuses the whole file on any error,
 * so a bad file changes nothing.
 */
import type { LocalText } from '../../lib/core/format';
import type { ImportResult } from '../../lib/store/types';

/** Far larger than any real export (a few hundred KB), small enough not to hang the page. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export type ImportText = { ok: true; file: unknown } | { ok: false; error: LocalText };

export function tooLarge(bytes: number): LocalText | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  const mb = Math.round(bytes / 1024 / 1024);
  return {
    nl: `Dit bestand is te groot (${mb} MB) voor een exportbestand van Vinkje. Er is niets veranderd.`,
    en: `This file is too large (${mb} MB) for a Vinkje export file. Nothing was changed.`,
  };
}

/** Line and column of a character offset, 1-based, for a message a person can follow. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export function parseImportText(text: string): ImportText {
  if (text.trim() === '') {
    return { ok: false, error: { nl: 'Het bestand is leeg. Er is niets veranderd.', en: 'The file is empty. Nothing was changed.' } };
  }
  try {
    const file: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
    if (typeof file !== 'object' || file === null || Array.isArray(file)) {
      return {
        ok: false,
        error: {
          nl: 'Dit is geen exportbestand van Vinkje: het bevat geen gegevens in de verwachte vorm. Er is niets veranderd.',
          en: 'This is not a Vinkje export file: it does not hold data in the expected shape. Nothing was changed.',
        },
      };
    }
    return { ok: true, file };
  } catch (error) {
    // Engines word the position differently: "at position 12" (V8) or "at line 2 column 5" (Firefox).
    const message = error instanceof Error ? error.message : '';
    const pos = /position (\d+)/u.exec(message);
    const lc = /line (\d+) column (\d+)/u.exec(message);
    const where = pos ? lineAndColumn(text, Number(pos[1])) : lc ? { line: Number(lc[1]), column: Number(lc[2]) } : null;
    const at = where ? { nl: ` (regel ${where.line}, teken ${where.column})`, en: ` (line ${where.line}, character ${where.column})` } : { nl: '', en: '' };
    return {
      ok: false,
      error: {
        nl: `Dit bestand is geen geldig JSON-bestand${at.nl}. Kies het bestand dat Vinkje bij ‘Exporteren’ heeft gemaakt. Er is niets veranderd.`,
        en: `This file is not valid JSON${at.en}. Choose the file Vinkje made with ‘Export’. Nothing was changed.`,
      },
    };
  }
}

function isLocalText(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as { nl?: unknown; en?: unknown };
  return typeof t.nl === 'string' && typeof t.en === 'string';
}

export function isImportResult(value: unknown): value is ImportResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; counts?: unknown; errors?: unknown };
  if (v.ok === true) return typeof v.counts === 'object' && v.counts !== null;
  return v.ok === false && Array.isArray(v.errors) && v.errors.every(isLocalText);
}
