/**
 * Moments as the views show them, in Amsterdam time, in both languages. Formatted where the view is
 * built (the background), not on the shop's page: the first time-zone-aware Intl formatter in a page
 * costs tens of milliseconds, on every page load.
 */
import type { LocalText } from './format';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: 'nl-NL' | 'en-GB', options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Europe/Amsterdam' });
    formatters.set(key, f);
  }
  return f;
}

function both(at: number, options: Intl.DateTimeFormatOptions): LocalText {
  return { nl: formatter('nl-NL', options).format(at), en: formatter('en-GB', options).format(at) };
}

/** "21 nov, 14:05" — when a step's evidence was seen. */
export function evidenceMoment(at: number): LocalText {
  return both(at, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "zondag 14:05" — until when reminders are held back. */
export function weekdayAndTime(at: number): LocalText {
  return both(at, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
}
