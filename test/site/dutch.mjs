// @ts-check
/**
 * Dutch formats as the shop shows them: quantities `1.996`, money `€ 1.234,56`, dates `21-11-2026`
 * and `vrijdag 11 december 2026`. Dates travel as ISO `YYYY-MM-DD` strings so no time zone can shift
 * a day; "today" is taken in Europe/Amsterdam, where the shop lives.
 */

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** Larger than any institution orders; a bigger number is a typo, and sums stay exact. */
export const MAX_QUANTITY = 10_000_000;

/**
 * @param {number} whole a non-negative whole number
 * @returns {string} digits grouped by dots: 14250 → "14.250"
 */
function groupThousands(whole) {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * @param {number} quantity
 * @returns {string} "1.996"
 */
export function formatQuantity(quantity) {
  return (quantity < 0 ? '-' : '') + groupThousands(Math.abs(quantity));
}

/**
 * @param {number} cents
 * @returns {string} "€ 1.234,56"
 */
export function formatMoney(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}€ ${groupThousands(euros)},${rest}`;
}

/**
 * What people type in the quantity field: "2000", "2.000" (Dutch thousands) and "1 996" are whole
 * numbers; "abc", "-3", "1,5", "1.5" and "" are not.
 * @param {string} text
 * @returns {number | null} the whole number, or null when the text is not one
 */
export function parseQuantity(text) {
  const compact = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact)) return null;
  const value = Number(compact.replace(/\./g, ''));
  return Number.isSafeInteger(value) && value <= MAX_QUANTITY ? value : null;
}

/**
 * @param {string} iso "2026-12-11"
 * @returns {Date} midnight UTC of that day (only used for calendar arithmetic)
 */
export function utcDay(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== iso) throw new Error(`Not a calendar date: ${iso}`);
  return date;
}

/**
 * @param {Date} date a UTC midnight
 * @returns {string} its ISO day
 */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/**
 * @param {string} iso
 * @param {number} days
 * @returns {string}
 */
export function addDays(iso, days) {
  const date = utcDay(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * @param {Date} moment
 * @returns {string} the ISO day it is in Amsterdam at that moment
 */
export function amsterdamToday(moment) {
  return amsterdamDay.format(moment);
}

/**
 * @param {string} iso "2026-11-21"
 * @returns {string} "21-11-2026"
 */
export function formatDate(iso) {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * @param {string} iso "2027-01-01"
 * @returns {string} "1-1-2027", as the manual writes the start of a licence year
 */
export function formatShortDate(iso) {
  const date = utcDay(iso);
  return `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
}

/**
 * @param {string} iso "2026-12-11"
 * @returns {string} "vrijdag 11 december 2026"
 */
export function formatLongDate(iso) {
  const date = utcDay(iso);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
