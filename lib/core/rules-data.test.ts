// Checks the rule table itself: shape (with zod, kept out of the shipped code), completeness, and
// that Dutch and English texts use the same numbers and names.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULE_DEFINITIONS, RULE_IDS, SEVERITIES, fillTemplate, placeholdersOf, severityOf } from './rules';
import { NOTICE_CODES, NOTICE_TEXTS } from './rules-data';

const localText = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
const ruleMessage = localText.extend({ severity: z.enum(SEVERITIES).optional() }).strict();

const ruleSchema = z
  .object({
    id: z.enum(RULE_IDS),
    severity: z.enum(SEVERITIES),
    title: localText,
    messages: z.object({ default: localText }).catchall(ruleMessage),
    fixes: z.record(z.string().min(1), localText),
    source: z.string().trim().min(3),
    manualStep: z.number().int().min(1).max(7).optional(),
  })
  .strict();

const ruleTableSchema = z
  .array(ruleSchema)
  .length(RULE_IDS.length)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'rule ids are unique');

const sorted = (names: string[]): string[] => [...new Set(names)].sort();

describe('rule table', () => {
  it('validates against the schema', () => {
    const result = ruleTableSchema.safeParse(RULE_DEFINITIONS);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('lists R01–R15 in order', () => {
    expect(RULE_DEFINITIONS.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('has the severities of the domain table', () => {
    const severity = Object.fromEntries(RULE_DEFINITIONS.map((r) => [r.id, r.severity]));
    for (const id of ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08'] as const) expect(severity[id], id).toBe('error');
    for (const id of ['R09', 'R10', 'R11', 'R12', 'R15'] as const) expect(severity[id], id).toBe('warning');
    for (const id of ['R13', 'R14'] as const) expect(severity[id], id).toBe('info');
  });

  it('says "not known" as info where an error rule lacks a number it needs', () => {
    const variants = RULE_DEFINITIONS.flatMap((r) =>
      Object.entries(r.messages)
        .filter(([, m]) => 'severity' in m)
        .map(([variant]) => `${r.id} ${variant} ${severityOf(r.id, variant)}`),
    );
    expect(variants).toEqual([
      'R03 base-unknown info',
      'R04 base-unknown info',
      'R07 base-unknown info',
      'R08 not-read info',
      'R08 not-found info',
    ]);
    expect(severityOf('R08', 'default')).toBe('error');
    expect(severityOf('R08', 'no-such-variant')).toBe('error');
  });

  it('uses the same placeholders in Dutch and English', () => {
    for (const rule of RULE_DEFINITIONS) {
      for (const [variant, text] of [...Object.entries(rule.messages), ...Object.entries(rule.fixes)] as Array<[string, { nl: string; en: string }]>) {
        expect(sorted(placeholdersOf(text.en)), `${rule.id} ${variant}`).toEqual(sorted(placeholdersOf(text.nl)));
      }
    }
  });

  it('makes every fix an action in the shop, in the words the shop uses', () => {
    const shopActions = /Wijzigen|Verwijderen|Andere licentie van Microsoft bestellen|Licenties → Toekomstige licenties/;
    for (const rule of RULE_DEFINITIONS) {
      for (const [variant, fix] of Object.entries(rule.fixes)) {
        expect(fix.nl, `${rule.id} ${variant}`).toMatch(shopActions);
        expect(fix.en, `${rule.id} ${variant}`).toMatch(shopActions);
        // Removing a licence is Verwijderen → Opzeggen (manual, step 3), never a quantity of 0.
        if (/Verwijder/.test(fix.nl)) expect(fix.nl, `${rule.id} ${variant}`).toContain('Opzeggen');
      }
    }
  });

  it('gives every error a fix', () => {
    for (const rule of RULE_DEFINITIONS.filter((r) => r.severity === 'error')) {
      expect(Object.keys(rule.fixes).length, rule.id).toBeGreaterThan(0);
    }
  });

  it('has a notice text for every notice code, in both languages', () => {
    for (const code of NOTICE_CODES) expect(localText.safeParse(NOTICE_TEXTS[code]).success, code).toBe(true);
  });
});

describe('fillTemplate', () => {
  it('writes numbers in the language of the text and leaves product names alone', () => {
    const values = { product: 'Basispakket medewerkers', target: 2004 };
    expect(fillTemplate('Verhoog {product} naar {target}', values, 'nl')).toBe('Verhoog Basispakket medewerkers naar 2.004');
    expect(fillTemplate('Raise {product} to {target}', values, 'en')).toBe('Raise Basispakket medewerkers to 2,004');
  });

  it('picks the language of a two-language value', () => {
    expect(fillTemplate('voor {who}', { who: { nl: 'medewerkers', en: 'staff' } }, 'en')).toBe('voor staff');
  });

  it('leaves a missing placeholder visible instead of inventing a value', () => {
    expect(fillTemplate('{a3} en {a5}', { a3: 1 }, 'nl')).toBe('1 en {a5}');
  });
});
