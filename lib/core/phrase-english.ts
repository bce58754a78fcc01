/**
 * Vinkje's own short Dutch phrases that travel as plain strings (step evidence kept in the store, what a
 * page reader could not read), in English. They stay Dutch where they are made and kept, so records
 * written by earlier versions read the same; the views translate them here when English is chosen.
 * Shop words inside them (page names, statuses, quoted texts) stay Dutch, as the shop shows them.
 */
import type { Language } from './view';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const EVIDENCE: readonly Rule[] = [
  [/^Ingelogd als 1e contactpersoon$/u, () => 'Logged in as primary contact (1e contactpersoon)'],
  [/^Ingelogd$/u, () => 'Logged in'],
  [/^Winkelwagen geclaimd \(gezien in Licenties verlengen\)$/u, () => 'Cart claimed (seen in Licenties verlengen)'],
  [/^Winkelwagen geclaimd$/u, () => 'Cart claimed'],
  [/^Aantallen gecontroleerd$/u, () => 'Quantities checked'],
  [/^Referentie ‘(.*)’ ingevuld$/u, (m) => `Reference ‘${m[1]}’ filled in`],
  [/^Geen referentie nodig$/u, () => 'No reference needed'],
  [/^Bestelling geplaatst zonder referentie$/u, () => 'Order placed without a reference'],
  [/^Bestelling geplaatst \(gezien in Licenties verlengen: ‘Besteld’\)$/u, () => 'Order placed (seen in Licenties verlengen: ‘Besteld’)'],
  [/^Bestelling (\S+) geplaatst$/u, (m) => `Order ${m[1]} placed`],
  [/^Bestelling (\S+) gezien in (.+)$/u, (m) => `Order ${m[1]} seen in ${m[2]}`],
  [/^Bestelling (\S+) door jou aangewezen als de registratie$/u, (m) => `Order ${m[1]} marked by you as the registration`],
  [/^Status (\S+) gezien in (.+)$/u, (m) => `Status ${m[1]} seen in ${m[2]}`],
  [/^Melding ‘Bestelling (\S+) is goedgekeurd’ gezien$/u, (m) => `Message ‘Bestelling ${m[1]} is goedgekeurd’ (approved) seen`],
  [
    /^Bestelling (\S+) staat niet meer bij Openstaande bestellingen, na de melding ‘goedgekeurd’$/u,
    (m) => `Order ${m[1]} is no longer in Openstaande bestellingen, after the message ‘goedgekeurd’ (approved)`,
  ],
  [/^Registratie afgerond$/u, () => 'Registration complete'],
];

const UNREAD: readonly Rule[] = [
  [/^klaargezette bestellingen niet gevonden$/u, () => 'prepared orders not found'],
  [/^regels van een klaargezette bestelling niet gevonden$/u, () => 'lines of a prepared order not found'],
  [/^uiterste datum niet gevonden$/u, () => 'deadline not found'],
  [/^filter huidige\/toekomstige licenties niet gevonden$/u, () => 'current/future licences filter not found'],
  [/^licentietabel niet gevonden$/u, () => 'licence table not found'],
  [/^rol \(1e contactpersoon\) niet gevonden$/u, () => 'role (1e contactpersoon) not found'],
  [/^menu-item "Licenties verlengen" niet gevonden$/u, () => 'menu item "Licenties verlengen" not found'],
  [/^geen winkelwagenregels gevonden$/u, () => 'no cart lines found'],
  [/^aantal van "(.*)" niet gelezen: "(.*)"$/u, (m) => `quantity of "${m[1]}" not read: "${m[2]}"`],
  [/^referentieveld niet gevonden$/u, () => 'reference field not found'],
  [/^status van bestelling (\S+) niet herkend: "(.*)"$/u, (m) => `status of order ${m[1]} not recognised: "${m[2]}"`],
  [/^geen bestellingen gevonden$/u, () => 'no orders found'],
  [/^bestelnummer niet gevonden$/u, () => 'order number not found'],
  [/^aantalveld niet gevonden$/u, () => 'quantity field not found'],
  [/^productnaam niet gevonden$/u, () => 'product name not found'],
  [/^inlogformulier niet gevonden$/u, () => 'login form not found'],
  [/^pagina niet gelezen$/u, () => 'page not read'],
  [/^pagina te groot: alleen het begin gelezen$/u, () => 'page too large: only its beginning read'],
  [/^(.+) niet gelezen \(onverwachte pagina-opbouw\)$/u, (m) => `${partName(m[1] ?? '')} not read (unexpected page layout)`],
  [/^(.+): (\d+) niet meegestuurd$/u, (m) => `${partName(m[1] ?? '')}: ${m[2]} not passed on (too many)`],
];

/** The names of page parts the readers and the bounds use in those lines. */
const PART_NAMES: Readonly<Record<string, string>> = {
  inlogstatus: 'login state',
  rol: 'role',
  'licenties verlengen': 'Licenties verlengen',
  meldingen: 'messages',
  'uiterste datum': 'deadline',
  'pagina-inhoud': 'page content',
  instellingen: 'institutions',
  'klaargezette bestellingen': 'prepared orders',
  bestelregels: 'order lines',
  licenties: 'licences',
  'licenties per instelling': 'licences per institution',
  winkelwagenregels: 'cart lines',
  knoppen: 'buttons',
  bestellingen: 'orders',
  'goedgekeurde bestellingen': 'approved orders',
};

function partName(dutch: string): string {
  return PART_NAMES[dutch] ?? dutch;
}

function translate(rules: readonly Rule[], dutch: string): string | null {
  for (const [pattern, english] of rules) {
    const m = pattern.exec(dutch);
    if (m) return english(m);
  }
  return null;
}

/** A step's evidence in the chosen language (an unknown phrase, from a later version, stays as it is). */
export function evidenceText(what: string, language: Language): string {
  return language === 'en' ? (translate(EVIDENCE, what) ?? what) : what;
}

/** A "niet gelezen" line in the chosen language. */
export function unreadText(line: string, language: Language): string {
  return language === 'en' ? (translate(UNREAD, line) ?? line) : line;
}

/** For tests: whether a phrase has an English form. */
export function hasEnglish(kind: 'evidence' | 'unread', dutch: string): boolean {
  return translate(kind === 'evidence' ? EVIDENCE : UNREAD, dutch) !== null;
}
