/**
 * Zod issues in plain Dutch and English with the exact field: "institutions["12345"].orderStatus moet
 * een van "open", "approved", "completed" zijn, maar is "klaar"". Stored reasons (a record set aside)
 * stay Dutch; what the options page shows comes in both languages (checkLocal). Messages set in the
 * schemas win over these, so they are written in both languages here (SCHEMA_MESSAGES).
 */
import type { z } from 'zod';
import type { Locale, LocalText } from '../core/format';

/** The schemas' own messages; a schema carries the Dutch one, and the English one is found by it. */
export const SCHEMA_MESSAGES = {
  isoDay: { nl: 'moet een datum zijn in de vorm JJJJ-MM-DD', en: 'must be a date in the form YYYY-MM-DD' },
  realDay: { nl: 'is geen bestaande datum', en: 'is not a real date' },
  yearKey: { nl: 'moet een jaartal van vier cijfers zijn', en: 'must be a year of four digits' },
} satisfies Record<string, LocalText>;

const ENGLISH_OF_SCHEMA = new Map<string, string>(Object.values(SCHEMA_MESSAGES).map((m) => [m.nl, m.en]));

/** A schema's own (Dutch) message in the language asked; any other message as it is. */
function schemaMessage(message: string, locale: Locale): string {
  return locale === 'en' ? (ENGLISH_OF_SCHEMA.get(message) ?? message) : message;
}

const EXPECTED: Record<Locale, Record<string, string>> = {
  nl: { string: 'tekst', number: 'een getal', int: 'een geheel getal', boolean: 'true of false', object: 'een object', array: 'een lijst', null: 'null' },
  en: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' },
};

const WORDS = {
  nl: { empty: 'leeg', list: 'een lijst', object: 'een object', characters: ' tekens', elements: ' elementen' },
  en: { empty: 'empty', list: 'a list', object: 'an object', characters: ' characters', elements: ' elements' },
} satisfies Record<Locale, Record<string, string>>;

function shown(value: unknown, locale: Locale): string {
  if (value === undefined) return WORDS[locale].empty;
  if (value === null) return 'null';
  if (Array.isArray(value)) return WORDS[locale].list;
  if (typeof value === 'object') return WORDS[locale].object;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function sizeUnit(origin: string, locale: Locale): string {
  if (origin === 'string') return WORDS[locale].characters;
  if (origin === 'array' || origin === 'set') return WORDS[locale].elements;
  return '';
}

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function dutch(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt';
      return `moet ${EXPECTED.nl[issue.expected] ?? issue.expected} zijn, maar is ${shown(issue.input, 'nl')}`;
    case 'invalid_value':
      return `moet ${issue.values.length === 1 ? '' : 'een van '}${issue.values.map((v) => shown(v, 'nl')).join(', ')} zijn, maar is ${shown(issue.input, 'nl')}`;
    case 'too_small':
      return `moet minstens ${String(issue.minimum)}${sizeUnit(issue.origin, 'nl')} ${issue.origin === 'number' ? 'zijn' : 'hebben'}`;
    case 'too_big':
      return `mag hoogstens ${String(issue.maximum)}${sizeUnit(issue.origin, 'nl')} ${issue.origin === 'number' ? 'zijn' : 'hebben'}`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_key': {
      const why = issue.issues[0]?.message;
      return `ongeldige sleutel ${shown(issue.input, 'nl')}${why ? `: ${why}` : ''}`;
    }
    case 'invalid_format':
      return `heeft niet de juiste vorm: ${shown(issue.input, 'nl')}`;
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    default:
      return 'is ongeldig';
  }
}

function english(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${EXPECTED.en[issue.expected] ?? issue.expected}, but is ${shown(issue.input, 'en')}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => shown(v, 'en')).join(', ')}, but is ${shown(issue.input, 'en')}`;
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${String(issue.minimum)}` : `must have at least ${String(issue.minimum)}${sizeUnit(issue.origin, 'en')}`;
    case 'too_big':
      return issue.origin === 'number' ? `may be at most ${String(issue.maximum)}` : `may have at most ${String(issue.maximum)}${sizeUnit(issue.origin, 'en')}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_key': {
      const why = issue.issues[0]?.message;
      return `invalid key ${shown(issue.input, 'en')}${why ? `: ${schemaMessage(why, 'en')}` : ''}`;
    }
    case 'invalid_format':
      return `does not have the right form: ${shown(issue.input, 'en')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return 'is invalid';
  }
}

/** Per-parse error map: `schema.safeParse(value, { error: dutchIssue })`. */
export const dutchIssue: z.core.$ZodErrorMap = dutch;
const englishIssue: z.core.$ZodErrorMap = english;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/** `institutions["12345"].cartLines[0].quantity`; empty for the record itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

/** One line per issue: "veld <path> <message>", or just the message for the record as a whole. */
export function describeIssue(issue: Pick<z.core.$ZodIssue, 'path' | 'message'>, skip = 0): string {
  const path = fieldPath(issue.path.slice(skip));
  return path ? `veld ${path} ${issue.message}` : issue.message;
}

/** An issue whose message is in both languages. */
export interface LocalIssue {
  path: PropertyKey[];
  message: LocalText;
}

/** describeIssue in both languages: "veld <path> …" / "field <path> …". */
export function describeLocalIssue(issue: LocalIssue, skip = 0): LocalText {
  const path = fieldPath(issue.path.slice(skip));
  return path ? { nl: `veld ${path} ${issue.message.nl}`, en: `field ${path} ${issue.message.en}` } : issue.message;
}

/** Parse with Dutch messages. */
export function checkDutch<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(value, { error: dutchIssue });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
}

/**
 * Parse with messages in both languages. Zod fixes a message when it makes the issue, so the English
 * ones come from a second parse of the same value, which only a refused value pays for; zod reports
 * the issues of the same value in the same order.
 */
export function checkLocal<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; issues: LocalIssue[] } {
  const nl = checkDutch(schema, value);
  if (nl.ok) return nl;
  const en = schema.safeParse(value, { error: englishIssue });
  const enIssues = en.success ? [] : en.error.issues;
  return {
    ok: false,
    issues: nl.issues.map((issue, i) => ({
      path: issue.path,
      message: { nl: issue.message, en: schemaMessage(enIssues[i]?.message ?? issue.message, 'en') },
    })),
  };
}
