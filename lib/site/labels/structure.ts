/**
 * How the shop's pages are built, as structural selectors and tag sets made of tag names and ARIA
 * roles only — never class names or ids, which the shop may change at will.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
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
export const MESSAGE_SELECTOR = '[role=alert],[role=status],[aria-live=assertive],[aria-live=polite],output';

/** Form fields a person can type in or choose from (a quantity in a cart row, the quantity form). */
export const FIELD_SELECTOR = 'input,select,textarea';
/** Input types that hold a typed value (not a checkbox, button or hidden field). */
export const TEXT_INPUT_TYPES = new Set(['', 'text', 'number', 'tel', 'search']);

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
