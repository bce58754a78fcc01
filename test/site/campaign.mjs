// @ts-check
/**
 * The registration campaign the simulated shop runs: which licence year is being ordered and by when.
 * Without overrides it follows the yearly rhythm: from September of year Y the shop sells licence
 * year Y+1 with the deadline on the second Friday of December of Y.
 */
import { addDays, amsterdamToday, isoDay, utcDay } from './dutch.mjs';

/**
 * @typedef {object} Campaign
 * @property {number} licenceYear the year the ordered licences are for
 * @property {string} deadline ISO day: "rond de registratie uiterlijk … af"
 * @property {string} opensOn ISO day the registration opened (second Wednesday of November)
 */

/**
 * @typedef {object} CampaignOptions
 * @property {Date} now
 * @property {number} [licenceYear]
 * @property {string} [deadline] ISO day
 */

/**
 * @param {number} year
 * @param {number} monthIndex 0 = January
 * @param {number} weekday 0 = Sunday
 * @returns {string} ISO day of the second such weekday in that month
 */
export function secondWeekdayOfMonth(year, monthIndex, weekday) {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return isoDay(new Date(Date.UTC(year, monthIndex, 1 + offset + 7)));
}

/**
 * @param {CampaignOptions} options
 * @returns {Campaign}
 */
export function deriveCampaign({ now, licenceYear, deadline }) {
  if (licenceYear !== undefined && !(Number.isInteger(licenceYear) && licenceYear >= 2000 && licenceYear <= 2200)) {
    throw new Error(`licenceYear must be a year, got ${licenceYear}`);
  }
  if (deadline !== undefined) utcDay(deadline); // throws on a malformed date
  const today = amsterdamToday(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const fromNow = month >= 9 ? year + 1 : year;
  const chosenYear = licenceYear ?? (deadline !== undefined ? Number(deadline.slice(0, 4)) + 1 : fromNow);
  const chosenDeadline = deadline ?? secondWeekdayOfMonth(chosenYear - 1, 11, 5);
  let opensOn = secondWeekdayOfMonth(chosenYear - 1, 10, 3);
  // A deadline moved before the usual opening day (tests do that) still needs a period before it.
  if (opensOn >= chosenDeadline) opensOn = addDays(chosenDeadline, -30);
  return { licenceYear: chosenYear, deadline: chosenDeadline, opensOn };
}
