/**
 * How a page names the institution it is about.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
 */

/**
 * Where a page names the institution it is about (see lib/site/institution.ts). Label patterns are matched
 * on a whole label (lower case, no colon); sentence patterns on a case-kept line with the `i` flag,
 * and the name they capture must start with a capital. On: cart, quantity, thank-you, licenses,
 * renewals, and the header of every page.
 */
export const INSTITUTION = {
  /** "Onderwijsinstelling: X", "Organisatie" / "X" (dt/dd, label/value cards), "Bestelling voor: X". */
  label:
    /^(?:onderwijsinstelling|instelling|organisatie|actieve organisatie|huidige organisatie|gekozen organisatie|school|klant|klantnaam|naam (?:instelling|organisatie|school|klant)|schoolnaam|organisatienaam|instellingsnaam|besteld voor|bestelling voor|bestellen voor|namens|debiteur|debiteurnaam)$/,
  /** "Organisatie Het Baken College" without a colon: the label word, then the name. */
  labelThenName: /^(?:onderwijsinstelling|instelling|organisatie|school|klant|klantnaam|debiteur)\s+(\S.*)$/i,
  /** In a sentence: "Bestelling voor X", "U bestelt namens X.", "Ingelogd voor X", "Ingelogd als J. de Vries · X". */
  sentences: [
    /\b(?:bestelling|bestellen|besteld|bestelt|winkelwagen|winkelmand|registratie)\s+(?:voor|namens)\s+(?:(?:de\s+|het\s+)?(?:onderwijsinstelling|instelling|organisatie|school)\s+)?(.+)$/i,
    /\bnamens\s+(?:(?:de\s+|het\s+)?(?:onderwijsinstelling|instelling|organisatie|school)\s+)?(.+)$/i,
    /\bingelogd\s+(?:voor|namens|bij)\s+(.+)$/i,
    /\bingelogd als\s+.+?\s*(?:[·•|–—(]|\s-\s|,|\snamens\s|\svoor\s|\sbij\s)\s*(.+?)\)?$/i,
  ],
  /** Cheap test before the patterns above: a line that can name an institution has one of these. */
  mayName: /instelling|organisatie|school|klant|voor|namens|ingelogd|debiteur/,
  /** What is never an institution's name: the shop, a pronoun, an article alone. */
  notAName: /^(?:slbdiensten|slb|microsoft|u|je|jij|jou|jouw|uw|de|het|een|ons|onze|deze|die|dit|welke|alle|meer|hier)$|^(?:uw|je|jouw|deze|alle|een) /,
  /** A title that goes on with the institution: "Winkelwagen – X", "Winkelmand van X", "Bestelling voor X". */
  titleSuffix:
    /^\s*(?:(?:je |jouw |uw |mijn )?(?:winkelwagen|winkelmand)|bestelling|licenties(?: verlengen)?|licentieoverzicht|bestelhistorie|bestelgeschiedenis|openstaande bestellingen)\s*(?:[–—:|]|\s-\s|\svan\s|\svoor\s)\s*(.+)$/i,
  /** Words that mark an identifier after a name: the line or title names an institution. */
  identifier: /\b(?:klantnummer|klantnr|debiteurnummer|debiteurnr|relatienummer|brin)\b/,
  /** "Klantnummer: 100231" / "Klantnr. 100231" on a line of its own. */
  customerNumberLine: /^(?:klantnummer|klantnr\.?|debiteurnummer|debiteurnr\.?|relatienummer)\s*:?\s*(\d{3,})$/,
  /** The label of an organisation switcher (a select, a menu, a menu button). */
  switcher: /\b(?:organisatie|organisaties|instelling|instellingen|onderwijsinstelling|school|scholen|klant|klanten|wissel(?:en)? van)\b/,
  /** Items a switcher marks as the current one. */
  currentItemSelector: '[aria-current],[aria-checked=true],[aria-selected=true]',
  /** The arrow of a menu button ("Het Baken College ▾"). */
  menuArrow: /\s*[▾▼⌄˅↓]+\s*$/,
  trailingPunctuation: /[\s.,;:]+$/,
  /** "BRIN 12AB" (four to six letters and digits) after a name: an identifier, not part of it. */
  brin: /\s*[,(–—-]?\s*\(?\s*\bbrin(?:nummer|-?code)?\s*:?\s+[0-9a-z]{4,6}\b\s*\)?/i,
  /** The label of a breadcrumb trail. */
  breadcrumb: /\b(?:kruimelpad|breadcrumbs?|u bent hier|je bent hier|navigatiepad)\b/,
  /** Breadcrumb entries that are the shop's own pages, never an institution. */
  shopPages: /^(?:home|start|homepage|mijn account|mijn slbdiensten|account|licenties|winkelwagen|winkelmand|bestellingen|microsoft|adobe|overige software)$/,
  /** A city in brackets after the name: "Het Baken College (Almere)". */
  placeInBrackets: /\s*\((?:[^()\d]{2,40})\)\s*$/,
} as const;
