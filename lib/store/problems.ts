/**
 * Problems the store ran into, kept in memory for this session so the UI can tell the user. Each has a
 * bilingual message (Dutch first) and, where useful, a technical detail for the diagnostics page.
 */
import type { LocalText } from '../core/format';

export type StoreProblemCode =
  | 'no-indexeddb'
  | 'newer-database'
  | 'migration-failed'
  | 'blocked'
  | 'version-change'
  | 'quota'
  | 'corrupt-record'
  | 'fallback-not-merged'
  | 'write-failed';

export interface StoreProblem {
  code: StoreProblemCode;
  message: LocalText;
  /** What exactly went wrong (which record, which field, which error). */
  detail?: string;
  /** When it last happened. */
  at: number;
  /** How often it happened this session, when more than once (the same code and detail). */
  count?: number;
}

const MESSAGES: Record<StoreProblemCode, LocalText> = {
  'no-indexeddb': {
    nl: 'Deze browser laat Vinkje geen database gebruiken (bijvoorbeeld bij permanent privé browsen). Je gegevens worden nu in de gewone extensie-opslag bewaard.',
    en: 'This browser does not let Vinkje use a database (for example in permanent private browsing). Your data is kept in the plain extension storage instead.',
  },
  'newer-database': {
    nl: 'De opslag is gemaakt door een nieuwere versie van Vinkje. Werk Vinkje bij; tot dan bewaart Vinkje je gegevens apart in de extensie-opslag.',
    en: 'The storage was created by a newer version of Vinkje. Update Vinkje; until then your data is kept separately in the extension storage.',
  },
  'migration-failed': {
    nl: 'Vinkje kon de opgeslagen gegevens niet bijwerken naar deze versie. Je oude gegevens zijn niet veranderd; tot dit is opgelost bewaart Vinkje nieuwe gegevens apart in de extensie-opslag.',
    en: 'Vinkje could not update the stored data to this version. Your old data is unchanged; until this is solved Vinkje keeps new data separately in the extension storage.',
  },
  blocked: {
    nl: 'Een ander venster gebruikt nog een oudere versie van Vinkje. Vinkje wacht tot dat venster sluit en gaat dan verder.',
    en: 'Another window is still using an older version of Vinkje. Vinkje waits until that window closes and then continues.',
  },
  'version-change': {
    nl: 'Een nieuwere versie van Vinkje heeft de opslag overgenomen. Herstart de browser om verder te gaan.',
    en: 'A newer version of Vinkje has taken over the storage. Restart the browser to continue.',
  },
  quota: {
    nl: 'De opslag is vol: Vinkje kon niets bewaren. Maak ruimte vrij in de browser of exporteer en wis oude jaren.',
    en: 'The storage is full: Vinkje could not save anything. Free up space in the browser or export and delete old years.',
  },
  'fallback-not-merged': {
    nl: 'IndexedDB werkt weer, maar Vinkje kon de gegevens uit de extensie-opslag er nog niet naartoe overzetten. Vinkje blijft de extensie-opslag gebruiken en probeert het bij de volgende start opnieuw; er gaat niets verloren.',
    en: 'IndexedDB works again, but Vinkje could not yet move the data from the extension storage into it. Vinkje keeps using the extension storage and tries again at the next start; nothing is lost.',
  },
  'write-failed': {
    nl: 'Vinkje kon iets niet bewaren: de opslag van de browser gaf een fout. Wat je zag klopte voor die pagina, maar is misschien niet bewaard; open de pagina opnieuw om het nog eens te proberen.',
    en: 'Vinkje could not save something: the browser’s storage gave an error. What you saw was right for that page but may not have been saved; open the page again to try once more.',
  },
  'corrupt-record': {
    nl: 'Een opgeslagen gegeven was beschadigd en is apart gezet. Vinkje gaat verder zonder dat gegeven; het staat nog bij de diagnose.',
    en: 'A stored item was damaged and has been set aside. Vinkje continues without it; it is still listed in the diagnostics.',
  },
};

export function storeProblem(code: StoreProblemCode, at: number, detail?: string): StoreProblem {
  const problem: StoreProblem = { code, message: { ...MESSAGES[code] }, at };
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

/**
 * The session's problems, in the order they first happened. The same problem again (a record that
 * cannot be set aside, read on every refresh; a full disk on every write) is counted on the first
 * entry instead of filling the list: `onProblem` hears it only the first time.
 */
export class ProblemLog {
  private items: StoreProblem[] = [];

  constructor(
    private readonly now: () => number,
    private readonly onProblem?: (problem: StoreProblem) => void,
  ) {}

  add(code: StoreProblemCode, detail?: string): StoreProblem {
    const known = this.items.find((p) => p.code === code && p.detail === detail);
    if (known) {
      known.count = (known.count ?? 1) + 1;
      known.at = this.now();
      return known;
    }
    const problem = storeProblem(code, this.now(), detail);
    this.items.push(problem);
    this.onProblem?.(problem);
    return problem;
  }

  /** Forgets the problems of these codes (what they said no longer holds). */
  clear(codes: readonly StoreProblemCode[]): void {
    this.items = this.items.filter((p) => !codes.includes(p.code));
  }

  list(): StoreProblem[] {
    return this.items.map((p) => ({ ...p, message: { ...p.message } }));
  }
}
