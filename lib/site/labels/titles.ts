/**
 * Page titles and URL path hints: the evidence that decides a page's kind.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
 */

// ---------------------------------------------------------------------------------------------
// Page titles (the main heading). Each kind's detector scores a match of the page's top heading.
// ---------------------------------------------------------------------------------------------

export const TITLES = {
  /** login: "Inloggen". */
  login: [/^(inloggen|log in|aanmelden)\b/],
  /** account: "Mijn account" (dashboard). */
  account: [/^(mijn account|mijn slbdiensten|dashboard|mijn overzicht)$/, /^welkom terug\b/, /^welkom, /],
  /** licenses: "Licenties" (not "Licenties verlengen"). */
  licenses: [/^(mijn |je |jouw |uw )?licenties(?:\s*[–—:|-]\s*\S.*)?$/, /^licentieoverzicht(?:\s*[–—:|-]\s*\S.*)?$/, /^(huidige|toekomstige) licenties$/],
  /** renewals: "Licenties verlengen". */
  renewals: [/^licenties verlengen\b/, /^verlengen van licenties$/],
  /** cart: "Winkelwagen". */
  cart: [/^(je |jouw |mijn |uw )?(winkelwagen|winkelmand|winkelwagentje)\b/],
  /** quantity: "Aantal wijzigen", "Product toevoegen". */
  quantity: [/^(aantal|hoeveelheid|aantal licenties) (wijzigen|aanpassen)\b/, /^(product|licentie) toevoegen\b/, /^hoeveel licenties (wil je|wilt u|wil jij) /],
  /** thank-you: "Bedankt voor je bestelling". */
  'thank-you': [
    /^bedankt(?:[!.]?$| voor (?:je|jouw|uw) (?:bestelling|order)\b)/,
    /^(hartelijk |heel erg )?dank (je |u )?(wel )?voor (je|jouw|uw) bestelling\b/,
    /^(je |jouw |uw )?bestelling is (geplaatst|ontvangen|gelukt)\b/,
    /^bestelling (geplaatst|ontvangen|gelukt|bevestigd)\b/,
  ],
  /** open-orders: "Openstaande bestellingen". */
  'open-orders': [/^openstaande bestellingen\b/, /^bestellingen goedkeuren\b/, /^(nog )?(goed te keuren|te keuren) bestellingen\b/, /^bestellingen (om )?goed te keuren\b/],
  /** order-history: "Bestelhistorie" / "Bestelgeschiedenis". */
  'order-history': [/^(bestelhistorie|bestelgeschiedenis|besteloverzicht|orderhistorie|ordergeschiedenis)\b/, /^(mijn |je |jouw |uw )?bestellingen$/],
  /**
   * Pages Vinkje deliberately does not handle: delete confirmation ("Licentie verwijderen"),
   * catalogue ("Andere licentie van Microsoft bestellen"), not-found pages.
   */
  unknown: [
    /^licentie (verwijderen|opzeggen)\b/,
    /^andere licentie\b/,
    /^(pagina )?niet gevonden\b/,
    /^404\b/,
    /^wachtwoord (vergeten|herstellen)\b/,
    /^mijn gegevens\b/,
  ],
} as const;

/** URL path hints: weak evidence, only breaks ties between kinds. */
export const PATH_HINTS: ReadonlyArray<{ pattern: RegExp; kind: string }> = [
  { pattern: /\/login\b|\/inloggen\b/, kind: 'login' },
  { pattern: /\/account\/?$/, kind: 'account' },
  { pattern: /\/account\/licenties\/?$/, kind: 'licenses' },
  { pattern: /\/licenties-verlengen\b/, kind: 'renewals' },
  { pattern: /\/(winkelwagen|winkelmand|cart|basket)\b/, kind: 'cart' },
  { pattern: /\/(bedankt|thank-?you|bevestiging)\b/, kind: 'thank-you' },
  { pattern: /\/openstaand|\/open-orders\b/, kind: 'open-orders' },
  { pattern: /\/(bestelhistorie|bestelgeschiedenis|orders|bestellingen)\b/, kind: 'order-history' },
];
