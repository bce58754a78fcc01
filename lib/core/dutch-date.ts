/**
 * Dutch written dates: reading a deadline sentence the shop states ("uiterlijk vrijdag 11 december 2026")
 * and writing a date back for messages.
 */
import { isRealDate, weekdayOf, type CalendarDate } from './amsterdam-time';

const MONTHS_NL = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
/** Sunday first, matching Date#getDay. */
const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month words as they may be written, including the usual abbreviations ("dec", "dec.", "mrt"). */
const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ...MONTHS_NL.map((name, i) => [name, i + 1] as const),
  ['jan', 1], ['feb', 2], ['mrt', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['dec', 12],
];

export interface ParsedDeadline {
  date: CalendarDate;
  /** The weekday named in the text ("vrijdag"), or null when there was none. */
  weekdayText: string | null;
  /** true when the text names a weekday that is not the weekday of the date; the weekday is then ignored. */
  weekdayMismatch: boolean;
}

const DATE_PATTERN = new RegExp(
  String.raw`(?:\b(${WEEKDAYS_NL.join('|')})\s+)?\b(\d{1,2})\s+(${MONTH_WORDS.map(([w]) => w).join('|')})\.?\s+(\d{4})\b`,
  'giu',
);

/**
 * The date in a Dutch deadline sentence, or null when none is there or it does not exist (31 november).
 * When the sentence holds several dates, the one after "uiterlijk" wins, else the first.
 */
const NUMERIC_DATE_PATTERN = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/gu;

export function parseDeadlineText(text: string): ParsedDeadline | null {
  const clean = text.replace(/\s+/gu, ' ').toLowerCase();
  const candidates: Array<{ index: number; parsed: ParsedDeadline }> = [];
  for (const match of clean.matchAll(DATE_PATTERN)) {
    const [, weekdayText, dayText, monthWord, yearText] = match;
    const month = MONTH_WORDS.find(([w]) => w === monthWord)?.[1];
    if (month === undefined || dayText === undefined || yearText === undefined) continue;
    const date: CalendarDate = { year: Number(yearText), month, day: Number(dayText) };
    if (!isRealDate(date)) continue;
    const named = weekdayText ?? null;
    const weekdayMismatch = named !== null && WEEKDAYS_NL.indexOf(named as (typeof WEEKDAYS_NL)[number]) !== weekdayOf(date);
    candidates.push({ index: match.index, parsed: { date, weekdayText: named, weekdayMismatch } });
  }
  // The numeric form a shop may use instead: "uiterlijk 11-12-2026", "t/m 11/12/2026".
  for (const match of clean.matchAll(NUMERIC_DATE_PATTERN)) {
    const date: CalendarDate = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
    if (isRealDate(date)) candidates.push({ index: match.index, parsed: { date, weekdayText: null, weekdayMismatch: false } });
  }
  candidates.sort((a, b) => a.index - b.index);
  // The date after "uiterlijk", or after "t/m" in the range form ("van 12 november t/m 11 december 2026").
  const marker = [clean.indexOf('uiterlijk'), clean.search(/\b(?:t\/m|tot en met)\s/u)].find((i) => i >= 0) ?? -1;
  const afterMarker = marker >= 0 ? candidates.find((c) => c.index > marker) : undefined;
  return (afterMarker ?? candidates[0])?.parsed ?? null;
}

/** "vrijdag 12 december 2025" */
export function formatDateNl(date: CalendarDate): string {
  return `${WEEKDAYS_NL[weekdayOf(date)]} ${date.day} ${MONTHS_NL[date.month - 1]} ${date.year}`;
}

/** "Friday 12 December 2025" */
export function formatDateEn(date: CalendarDate): string {
  return `${WEEKDAYS_EN[weekdayOf(date)]} ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
}
