/**
 * Zod issues in plain Dutch with the exact field: "institutions["12345"].orderStatus moet een van
 * "open", "approved", "completed" zijn, maar is "klaar"". Messages set in the schemas win over these.
 */
import type { z } from 'zod';

const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  null: 'null',
};

function shown(value: unknown): string {
  if (value === undefined) return 'leeg';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function sizeUnit(origin: string): string {
  if (origin === 'string') return ' tekens';
  if (origin === 'array' || origin === 'set') return ' elementen';
  return '';
}

/** Per-parse error map: `schema.safeParse(value, { error: dutchIssue })`. */
export const dutchIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt';
      return `moet ${EXPECTED[issue.expected] ?? issue.expected} zijn, maar is ${shown(issue.input)}`;
    case 'invalid_value':
      return `moet ${issue.values.length === 1 ? '' : 'een van '}${issue.values.map((v) => shown(v)).join(', ')} zijn, maar is ${shown(issue.input)}`;
    case 'too_small':
      return `moet minstens ${String(issue.minimum)}${sizeUnit(issue.origin)} ${issue.origin === 'number' ? 'zijn' : 'hebben'}`;
    case 'too_big':
      return `mag hoogstens ${String(issue.maximum)}${sizeUnit(issue.origin)} ${issue.origin === 'number' ? 'zijn' : 'hebben'}`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_key': {
      const why = issue.issues[0]?.message;
      return `ongeldige sleutel ${shown(issue.input)}${why ? `: ${why}` : ''}`;
    }
    case 'invalid_format':
      return `heeft niet de juiste vorm: ${shown(issue.input)}`;
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    default:
      return 'is ongeldig';
  }
};

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

/** Parse with Dutch messages. */
export function checkDutch<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(value, { error: dutchIssue });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
}
