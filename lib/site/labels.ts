/**
 * Everything Vinkje knows about how the shop's pages look, as data: visible texts (matched on
 * normalised text: lower case, whitespace and nbsp collapsed) and a few structural selectors made of
 * tag names and ARIA roles only — never class names or ids, which the shop may change at will.
 * When the shop changes a word, the fix belongs here, nowhere else.
 *
 * Heading and label patterns are tested against a whole normalised text (so "licenties" does not
 * match "licenties verlengen"); sentence patterns are searched inside a text line.
 */

/** The elements a person reads as a heading. On: every page kind (the page title decides the kind). */
export const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/**
 * Site chrome: logo, main nav, footer, side menus. Texts in here (e.g. nav "Winkelwagen (8)",
 * "Bestelhistorie") must not decide the page kind. On: every page.
 */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE']);
export const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary']);
/** header/footer are site chrome only at page level, not inside a card or section (HTML's banner rule). */
export const PAGE_LEVEL_CHROME_TAGS = new Set(['HEADER', 'FOOTER']);
export const SECTIONING_TAGS = new Set(['ARTICLE', 'ASIDE', 'MAIN', 'NAV', 'SECTION']);

/** Anything a person can click: a real button, a link, a submit input, an ARIA button, an expander. On: every page. */
export const CONTROL_SELECTOR =
  'button,a,input[type=submit],input[type=button],input[type=image],[role=button],[role=link],[role=menuitem],[role=tab],summary';

/** Tables a reader understands: HTML tables and ARIA tables/grids. On: licenses, renewals, cart, open-orders, order-history. */
export const TABLE_SELECTOR = 'table,[role=table],[role=grid],[role=treegrid]';
export const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
export const ARIA_ROW_SELECTOR = '[role=row]';
export const ARIA_CELL_SELECTOR = '[role=cell],[role=gridcell],[role=rowheader],[role=columnheader]';
/** Header cells anywhere, for cheap detection by header sets. */
export const HEADER_CELL_SELECTOR = 'th,[role=columnheader]';

/**
 * Where one item of a card/list layout ends: the reader takes the nearest of these around a label
 * such as "Aantal". On: cards layouts of cart, renewals, licenses and order lists.
 */
export const ITEM_TAGS = new Set(['LI', 'ARTICLE', 'TR']);
export const ITEM_ROLES = new Set(['listitem', 'row']);

/** Flash messages and live regions. On: every page (alerts on login, renewals, cart, quantity, open-orders). */
/** Form fields a person can type in or choose from (a quantity in a cart row, the quantity form). */
export const FIELD_SELECTOR = 'input,select,textarea';
/** Input types that hold a typed value (not a checkbox, button or hidden field). */
export const TEXT_INPUT_TYPES = new Set(['', 'text', 'number', 'tel', 'search']);

export const MESSAGE_SELECTOR = '[role=alert],[role=status],[aria-live=assertive],[aria-live=polite],output';

/** Elements whose text is never page content. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'HEAD', 'TITLE']);

/** Elements that start a new visual line (a person reads their text as separate lines). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'SECTION', 'SELECT',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TEXTAREA', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** ARIA roles that also start a new line. */
export const BLOCK_ROLES = new Set(['row', 'cell', 'gridcell', 'columnheader', 'rowheader', 'listitem', 'heading', 'alert', 'status']);

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

// ---------------------------------------------------------------------------------------------
// Controls (buttons and links), matched on their whole visible text / value / aria-label.
// ---------------------------------------------------------------------------------------------

export const CONTROLS = {
  /** Every logged-in page: "Uitloggen". */
  logout: [/^(uitloggen|afmelden|log uit|log out)$/],
  /** Every logged-in page: the account menu ("Mijn account", an avatar button "Accountmenu J. de Vries"). */
  accountMenu: [/^(mijn account|mijn slbdiensten|account|accountmenu\b.*|gebruikersmenu\b.*)$/],
  /** login: the submit button "Inloggen". */
  login: [/^(inloggen|log in|aanmelden)$/],
  /** renewals: "Toevoegen aan winkelwagen" (claims the prepared cart). */
  claim: [/^(toevoegen aan (de |je |jouw |uw )?(winkelwagen|winkelmand)|in (de )?(winkelwagen|winkelmand)|claim(en)?( (de )?(winkelwagen|winkelmand))?|(winkelwagen|winkelmand) claimen|voeg toe aan (de |je |uw )?(winkelwagen|winkelmand))$/],
  /** renewals: "Bekijk order" (expands a prepared order). */
  viewOrder: [/^(bekijk|toon|open) (de )?(order|bestelling)\b/, /^(order|bestelling) (bekijken|tonen|openen)\b/],
  /** cart: "Plaats bestelling" / "Bestelling plaatsen". */
  placeOrder: [/^(plaats (je |jouw |de |uw )?bestelling|bestelling plaatsen|bestellen en afronden|bestelling afronden|definitief bestellen)$/],
  /** cart line actions: "Wijzigen", "Verwijderen". */
  changeLine: [/^(wijzigen|aanpassen|aantal wijzigen)\b/],
  removeLine: [/^(verwijderen|opzeggen)\b/],
  /** quantity: "Ga verder". */
  continue: [/^(ga verder|verder|doorgaan|opslaan|bevestigen|opslaan en verder|wijziging opslaan|aantal opslaan)$/],
  /** thank-you and open-orders: "Bestelling goedkeuren" / "Goedkeuren". */
  approve: [/^(?:de |nu )?(bestelling )?goedkeuren\b/],
  /** delete confirmation (kind unknown): "Opzeggen". */
  confirmDelete: [/^opzeggen$/],
  /** catalogue (kind unknown): "Bestellen" per product. */
  orderProduct: [/^bestellen$/],
} as const;

// ---------------------------------------------------------------------------------------------
// Table column / card labels. Header cells may carry extra words (sort hints), so these are
// matched at the start of the label text.
// ---------------------------------------------------------------------------------------------

export const COLUMNS = {
  /** licenses, renewals, cart: the product name. */
  product: [/^(product|productnaam|licentie|licenties|artikel|omschrijving|naam)\b/],
  /** licenses, renewals, cart: "Aantal". */
  quantity: [/^(aantal|aantallen|hoeveelheid)\b/],
  /** licenses: "Ingangsdatum", "Einddatum". */
  startDate: [/^(ingangsdatum|startdatum|begindatum|geldig vanaf)\b/],
  endDate: [/^(einddatum|geldig tot|vervaldatum|verloopt op)\b/],
  /** cart: "Prijs per stuk", "Totaal". */
  unitPrice: [/^(prijs|stuksprijs|stukprijs|prijs per stuk)\b/],
  lineTotal: [/^(totaal|subtotaal|regeltotaal|totaalprijs)\b/],
  /** open-orders, order-history. */
  orderNumber: [/^(bestelnummer|bestelnr|ordernummer|ordernr|order|bestelling)\b/],
  date: [/^(datum|besteldatum|besteld op|orderdatum)\b/],
  institution: [/^(onderwijsinstelling|instelling|school|organisatie)\b/],
  amount: [/^(bedrag|totaalbedrag|totaal|orderbedrag)\b/],
  status: [/^(?:status|bestelstatus|orderstatus)\b/],
  /** cart and card layouts: the column of action buttons, never data. */
  actions: [/^(acties|actie)\b/],
} as const;

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
  /** renewals: the deadline sentence. */
  deadline:
    /\buiterlijk\s+(?:op\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?:\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})/,
  /** renewals: "Verlenging licentiejaar 2027 – …" prefix in front of the institution name. */
  preparedOrderPrefix: /^(?:verlenging|registratie)(?:\s+licentiejaar)?\s+\d{4}\s*[–—:-]\s*/,
  /** renewals: state words of a prepared order that can no longer be claimed. */
  preparedOrderDone: /(?<!\bniet\s|\bnog niet\s)\b(geclaimd|besteld)\b/,
  /** cart: empty cart. */
  emptyCart: /\b(?:je|jouw|uw|de) (?:winkelwagen|winkelmand) (?:is (?:nog )?leeg|bevat (?:nog )?geen (?:producten|artikelen|licenties))\b|\ber (?:zijn|staan|zitten) (?:nog )?geen (?:producten|artikelen|licenties) in (?:je|jouw|uw|de) (?:winkelwagen|winkelmand)\b|\ber (?:staan|zitten) (?:nog )?geen (?:producten|artikelen|licenties) in (?:je|jouw|uw|de) (?:winkelwagen|winkelmand)\b/,
  /** open-orders: no orders. */
  noOpenOrders: /\bgeen openstaande bestellingen\b/,
  /** order-history: no orders. */
  noOrders: /\bgeen bestellingen\b/,
  /** thank-you: "Je bestelnummer is 204517." (the sentence only the thank-you page says). */
  orderNumberIs: /\b(?:bestelnummer|ordernummer) is\b/,
  /** thank-you: the order number, in the sentence or as "Bestelnummer: 204517". */
  orderNumberSentence: /\b(?:bestelnummer|ordernummer)(?:\s+is)?\s*:?\s*#?\s*(\d{3,})\b/,
  /** thank-you: the approval hint. */
  needsApproval: /\bmoet nog (?:worden )?goedgekeurd\b|\bmoet nog\b.{0,60}\b(?:worden )?goedgekeurd\b|\bnog niet goedgekeurd\b/,
  /** quantity: the question on the input. */
  quantityQuestion: /^hoeveel licenties (?:wil je|wilt u|wil jij) (?:in totaal )?(?:bestellen|hebben|afnemen)\b/,
  /** quantity: "Nu in winkelwagen: 1.996". */
  /** quantity: the hint under the field ("Vul het totaal in, niet het aantal extra."), never the product. */
  quantityHint: /\bvul (?:het|hier het) totaal in\b|\bniet het aantal extra\b|\bnu in (?:je |jouw |de |uw )?(?:winkelwagen|winkelmand)\b/,
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
    /\bbestelling #?\d+ is goedgekeurd\b/,
  ],
} as const;

/** Inline labels ("Onderwijsinstelling: …") and their values. On: cart, thank-you, quantity, cards. */
export const FIELD_LABELS = {
  institution: /^(onderwijsinstelling|instelling|school|organisatie)$/,
  customerNumber: /^(klantnummer|klantnr\.?|debiteurnummer|debiteurnr\.?|relatienummer|relatienr\.?)$/,
  product: /^(product|licentie|productnaam)$/,
  /** cart: the invoice reference field. */
  reference: /^((?:(?:uw|je|jouw) )?(?:referentie|factuurreferentie|inkoopreferentie|kenmerk)(?: \(optioneel\))?)$/,
} as const;

/** "Het Baken College (klantnummer 100231)": the customer number inside an institution text. */
export const CUSTOMER_NUMBER_IN_TEXT = /[(,–—-]?\s*\(?\s*(?:klantnummer|klantnr\.?|debiteurnummer|debiteurnr\.?|relatienummer|relatienr\.?)\s*:?\s*(\d+)\s*\)?/;

/** Order status words (order-history, open-orders) → the observation's status. */
export const STATUS_WORDS: ReadonlyArray<{ pattern: RegExp; status: 'open' | 'approved' | 'completed' }> = [
  { pattern: /^(open|openstaand|wacht op goedkeuring|niet goedgekeurd|nog niet goedgekeurd|in afwachting van goedkeuring|te keuren)\b/, status: 'open' },
  { pattern: /^(goedgekeurd|akkoord)\b/, status: 'approved' },
  { pattern: /^(afgehandeld|verwerkt|voltooid|afgerond)\b/, status: 'completed' },
];

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

/**
 * Where a page names the institution it is about (see institution.ts). Label patterns are matched
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
