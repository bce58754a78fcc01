/**
 * Sentences the shop says and inline labels of its values.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
 */

// ---------------------------------------------------------------------------------------------
// Sentences and inline labels.
// ---------------------------------------------------------------------------------------------

export const TEXTS = {
  /** account (and every /account/ page's menu): "Licenties verlengen (3)". */
  renewalsCount: /^licenties verlengen(?:\s*\(\s*(\d{1,3})\s*\)|\s*(\d{1,3}))?$/,
  /** account: the role line. Group 1 is "1e"/"eerste" when the user is the primary contact. */
  roleLine: /\b(?:je|u|jij) bent (?:de )?(1e |eerste )?(?:(?:2e|3e|tweede|derde|andere) )?contactpersoon\b/,
  /** account: where the role line's list of institutions starts ("… contactpersoon van: A, B en C."). */
  roleListStart: /\b(?:van|voor)(?: (?:de volgende |deze |\d+ )?(?:organisaties|instellingen|onderwijsinstellingen|scholen))?\s*:\s*/i,
  /** account: the colleague's role line goes on with who the primary contact is; the list ends there. */
  roleListEnd: /\.\s+(?:de|het)\s+(?:1e|eerste)\s+contactpersoon\b/i,
  /** account: separators between institutions in the role line. */
  roleListSeparator: /\s*,\s*|\s+en\s+/,
  /** renewals (flash): only the primary contact may claim. */
  onlyPrimaryMay: /\balleen (?:door )?de (?:1e|eerste) contactpersoon\b/,
  /** account: greeting "Welkom, J. de Vries". */
  greeting: /^welkom\b/,
  /**
   * The registration's own words around a deadline sentence: a "uiterlijk" elsewhere (a webinar,
   * a promotion) is not the deadline. On: renewals, cart, account notices.
   */
  deadlineContext: /\b(?:registratie|jaarregistratie|verleng|winkelwagen|winkelmand|licentiejaar|licenties per)\w*/,
  /** A "uiterlijk" that is about something else than the registration, even on its own pages. */
  notTheDeadline: /\b(?:webinar|aanmelden|meld (?:je|u)|inschrijven|actieprijs|aanbieding|korting|kortingscode|adobe|abonnement|nieuwsbrief)\b/,
  /**
   * renewals: the deadline sentence, "uiterlijk …" or the range form "registreren kan t/m …" (only after
   * the registration's own words, and never a licence's validity: "geldig t/m 31-12-2027").
   */
  deadline:
    /\b(?:uiterlijk\s+(?:op\s+)?|(?:registratie|registreren|verlengen)\b(?:(?!geldig)[^.])*?\b(?:t\/m|tot en met)\s+)(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?:\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})/,
  /** renewals: "Verlenging licentiejaar 2027 – …" prefix in front of the institution name. */
  preparedOrderPrefix: /^(?:verlenging|registratie)(?:\s+licentiejaar)?\s+\d{4}\s*[–—:-]\s*/,
  /** renewals: state words of a prepared order that can no longer be claimed. */
  preparedOrderDone: /(?<!\bniet\s|\bnog niet\s)\b(geclaimd|besteld)\b/,
  /** renewals: of those, one whose order is placed ("Besteld"), not only claimed. */
  preparedOrderOrdered: /(?<!\bniet\s|\bnog niet\s)\bbesteld\b/,
  /** cart: empty cart. */
  emptyCart: /\b(?:je|jouw|uw|de) (?:winkelwagen|winkelmand) (?:is (?:nog )?leeg|bevat (?:nog )?geen (?:producten|artikelen|licenties))\b|\ber (?:zijn|staan|zitten) (?:nog )?geen (?:producten|artikelen|licenties) in (?:je|jouw|uw|de) (?:winkelwagen|winkelmand)\b|\ber (?:staan|zitten) (?:nog )?geen (?:producten|artikelen|licenties) in (?:je|jouw|uw|de) (?:winkelwagen|winkelmand)\b/,
  /** open-orders: no orders. */
  noOpenOrders: /\bgeen openstaande bestellingen\b/,
  /** order-history: no orders. */
  noOrders: /\bgeen bestellingen\b/,
  /** open-orders, order-history: a row that says it is the yearly renewal ("Verlenging Microsoft-licenties 2027"). */
  renewalOrder: /\b(?:verlenging|jaarregistratie|jaarlijkse registratie|licenties verlengen|microsoft[- ]?registratie|registratie microsoft)\b/,
  /** thank-you: "Je bestelnummer is 204517." (the sentence only the thank-you page says). */
  orderNumberIs: /\b(?:bestelnummer|ordernummer) is\b/,
  /** thank-you: the order number, in the sentence or as "Bestelnummer: 204517". */
  orderNumberSentence: /\b(?:bestelnummer|ordernummer)(?:\s+is)?\s*:?\s*#?\s*(\d{3,})\b/,
  /** thank-you: the approval hint. */
  needsApproval: /\bmoet nog (?:worden )?goedgekeurd\b|\bmoet nog\b.{0,60}\b(?:worden )?goedgekeurd\b|\bnog niet goedgekeurd\b/,
  /** quantity: the question on the input. */
  quantityQuestion: /^hoeveel licenties (?:wil je|wilt u|wil jij) (?:in totaal )?(?:bestellen|hebben|afnemen)\b/,
  /** quantity: the hint under the field ("Vul het totaal in, niet het aantal extra."), never the product. */
  quantityHint: /\bvul (?:het|hier het) totaal in\b|\bniet het aantal extra\b|\bnu in (?:je |jouw |de |uw )?(?:winkelwagen|winkelmand)\b/,
  /** quantity: "Nu in winkelwagen: 1.996". */
  quantityNow: /^(?:nu in (?:je |jouw |de |uw )?(?:winkelwagen|winkelmand)|huidige? (?:hoeveelheid|aantal)\b)/,
  /** licenses: the filter options. */
  futureFilter: /\btoekomstige licenties\b/,
  currentFilter: /\bhuidige licenties\b/,
  /** delete confirmation (kind unknown). */
  confirmDelete: /\bweet (?:je|u) (?:het )?zeker(?: dat)?\b/,
  /** Known shop messages that may appear without an ARIA role. On: login, renewals, cart, quantity, open-orders. */
  knownMessages: [
    /\bonjuist e-?mailadres of wachtwoord\b/,
    /\b(?:e-?mailadres|gebruikersnaam) (?:en|of) wachtwoord (?:is|zijn) (?:onjuist|niet juist|ongeldig)\b/,
    /\b(?:inloggen|aanmelden) (?:is )?mislukt\b/,
    /\b(?:je hebt|u heeft|u hebt) al een (?:winkelwagen|winkelmand) geclaimd\b/,
    /\balleen de (?:1e|eerste) contactpersoon (?:kan|mag)\b/,
    /\bvul een geheel (?:aantal|getal)\b/,
    /\bzijn ook \d[\d.]* extra\b.*\bnodig\b/,
    /\b(?:bestelling|order)(?: met (?:order|bestel)?nummer)?(?: #?\d+)? (?:is|werd) (?:succesvol |met succes )?goedgekeurd\b/,
  ],
  /** The shop's message after "Goedkeuren": "Bestelling 204517 is goedgekeurd.", "Order 204517 is succesvol goedgekeurd." */
  approvedMessage: /\b(?:bestelling|order)(?: met (?:order|bestel)?nummer)? #?(\d{3,}) (?:is|werd) (?:succesvol |met succes )?goedgekeurd\b/,
  /** The same message without the order number ("Je bestelling is goedgekeurd."): the order that left the list was approved. */
  approvedWithoutNumber: /\b(?:bestelling|order) (?:is|werd) (?:succesvol |met succes )?goedgekeurd\b/,
} as const;

/** Inline labels ("Onderwijsinstelling: …") and their values. On: cart, thank-you, quantity, cards. */
export const FIELD_LABELS = {
  institution: /^(onderwijsinstelling|instelling|school|organisatie)$/,
  customerNumber: /^(klantnummer|klantnr\.?|debiteurnummer|debiteurnr\.?|relatienummer|relatienr\.?)$/,
  product: /^(product|licentie|productnaam)$/,
  /** cart: the invoice reference field. */
  reference: /^((?:(?:uw|je|jouw) )?(?:referentie|factuurreferentie|inkoopreferentie|kenmerk)(?: \(optioneel\))?)$/,
  /** thank-you: the order number as a label/value pair ("Bestelnummer" / "204517"). */
  orderNumber: /^(bestelnummer|ordernummer)$/,
} as const;

/** "Het Baken College (klantnummer 100231)": the customer number inside an institution text. */
export const CUSTOMER_NUMBER_IN_TEXT = /[(,–—-]?\s*\(?\s*(?:klantnummer|klantnr\.?|debiteurnummer|debiteurnr\.?|relatienummer|relatienr\.?)\s*:?\s*(\d+)\s*\)?/;
