/**
 * The cart rules R01–R15 as data (rules-data.ts) and the one way to turn a rule into the text a user
 * reads. Plain TypeScript, no zod: the content script shows these texts and must stay small.
 */

import { formatQuantity, type Locale, type LocalText } from './format';
import { RULE_DEFINITIONS } from './rules-data';

export const RULE_IDS = [
  'R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08',
  'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One way a rule can speak. A variant may carry its own severity: a rule that normally reports an
 * error says "Vinkje cannot tell" as info when a number it needs is unknown, because a red error
 * computed from a missing number would blame the user for what Vinkje could not read.
 */
export interface RuleMessage extends LocalText {
  /** Overrides the rule's severity for this variant. */
  severity?: Severity;
}

/**
 * Templates use `{name}` placeholders. A number is written with formatQuantity in the message's
 * language (1.996 / 1,996); a text is inserted as is (product names stay as the shop writes them).
 */
export interface RuleDefinition {
  id: RuleId;
  /** The rule's usual severity (the domain table); a message variant may override it. */
  severity: Severity;
  /** What the rule checks, in a few words (for settings and documentation). */
  title: LocalText;
  /** Message variants; `default` is always present and uses the rule's severity. */
  messages: { default: LocalText } & Record<string, RuleMessage>;
  /** Fix variants, each a concrete action in the shop's own words; empty when there is no fix. */
  fixes: Record<string, LocalText>;
  /** Where the rule comes from (the domain table's basis). */
  source: string;
  /** The step of the shop's manual (stappenplan) its texts refer to; the view links the manual there. */
  manualStep?: number;
}

export type TemplateValue = number | string | LocalText;
export type TemplateValues = Record<string, TemplateValue>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names a template uses, e.g. ["product", "target"]. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function valueText(value: TemplateValue, locale: Locale): string {
  if (typeof value === 'number') return formatQuantity(value, locale);
  if (typeof value === 'string') return value;
  return value[locale];
}

type TemplatePart = { text: string } | { name: string };

// Templates are few and fixed: split each once instead of running a regex per finding.
const compiledTemplates = new Map<string, TemplatePart[]>();

function compileTemplate(template: string): TemplatePart[] {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  if (compiledTemplates.size < 1000) compiledTemplates.set(template, parts);
  return parts;
}

/** Fills a template; an unknown placeholder stays visible as `{name}` (the tests look for those). */
export function fillTemplate(template: string, values: TemplateValues, locale: Locale): string {
  let out = '';
  for (const part of compileTemplate(template)) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const value = values[part.name];
    out += value === undefined ? `{${part.name}}` : valueText(value, locale);
  }
  return out;
}

export function fillText(text: LocalText, values: TemplateValues): LocalText {
  return { nl: fillTemplate(text.nl, values, 'nl'), en: fillTemplate(text.en, values, 'en') };
}

const RULES_BY_ID = new Map<RuleId, RuleDefinition>(RULE_DEFINITIONS.map((r) => [r.id, r]));

export function ruleById(id: RuleId): RuleDefinition {
  const rule = RULES_BY_ID.get(id);
  // Unreachable while rules-data.ts lists every id; rules-data.test.ts checks that it does.
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}

/** The message of a variant (the default one for a variant the rule does not have). */
export function ruleMessage(id: RuleId, variant: string): RuleMessage {
  const rule = ruleById(id);
  return rule.messages[variant] ?? rule.messages.default;
}

/** The severity a finding of this rule and message variant has. */
export function severityOf(id: RuleId, variant: string): Severity {
  return ruleMessage(id, variant).severity ?? ruleById(id).severity;
}

export { RULE_DEFINITIONS };
