/**
 * Calendar days and wall-clock times in the shop's time zone. The registration deadline is "end of day"
 * in the Netherlands, whatever zone the browser runs in, so every day boundary goes through here.
 */
import { TZDate } from '@date-fns/tz';

export const SHOP_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day without a time; month is 1–12 (not JavaScript's 0–11). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar day in Amsterdam at the given moment. */
export function localDateOf(epochMs: number): CalendarDate {
  const local = new TZDate(epochMs, SHOP_TIME_ZONE);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** The moment the Amsterdam wall clock shows the given time on the given day (DST handled by the zone data). */
export function atLocalTime(date: CalendarDate, hour: number, minute = 0, second = 0, ms = 0): number {
  return new TZDate(date.year, date.month - 1, date.day, hour, minute, second, ms, SHOP_TIME_ZONE).getTime();
}

/** 00:00 Amsterdam time on the given day. */
export function startOfLocalDay(date: CalendarDate): number {
  return atLocalTime(date, 0);
}

/** Days since 1970-01-01 for a calendar day: differences are whole calendar days, free of DST. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Whether year/month/day name a day that exists (no 31 November, no 29 February 2025). */
export function isRealDate(date: CalendarDate): boolean {
  if (![date.year, date.month, date.day].every(Number.isInteger)) return false;
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const back = fromDayNumber(dayNumber(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

/** The written form of a day: "2025-12-12". */
export const ISO_DAY_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** "2025-12-12" as a calendar date, or null for anything else (other forms, or a day that does not exist). */
export function parseIsoDay(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const m = ISO_DAY_FORMAT.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : null;
}

/** "2025-12-12": a stable, sortable day label. */
export function isoDay(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The n-th (1-based) given weekday of a month, e.g. the second Wednesday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CalendarDate {
  const first: CalendarDate = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return { year, month, day: 1 + offset + (n - 1) * 7 };
}
