/**
 * The elements behind the structural selectors of labels/structure.ts (controls, headings, header cells,
 * tables, messages), gathered during the one page walk. Each querySelectorAll with attribute
 * selectors checks every element of the page again; on a 2,000-row table that was most of the
 * reading time. The result is the same list querySelectorAll gives, in document order.
 */

import { CONTROL_SELECTOR, FIELD_SELECTOR, HEADER_CELL_SELECTOR, HEADING_SELECTOR, MESSAGE_SELECTOR, TABLE_SELECTOR } from './labels/structure';

export const FOUND_SELECTORS = {
  controls: CONTROL_SELECTOR,
  headings: HEADING_SELECTOR,
  headerCells: HEADER_CELL_SELECTOR,
  tables: TABLE_SELECTOR,
  messages: MESSAGE_SELECTOR,
  fields: FIELD_SELECTOR,
} as const;

export type FoundKind = keyof typeof FOUND_SELECTORS;
export type Found = Record<FoundKind, Element[]>;

/**
 * What an element must have to possibly match a selector list, read from the list itself so it
 * follows labels/structure.ts: one of its tag names, a role attribute, or one of its other attributes. Only
 * such candidates are checked with `matches`, which decides exactly.
 */
interface Plan {
  kind: FoundKind;
  selector: string;
  tags: Set<string>;
  /** Tags whose part is a bare type selector ("a", not "input[type=submit]"): the tag alone decides. */
  bareTags: Set<string>;
  role: boolean;
  attributes: string[];
  /** A part this reading does not understand: every element is a candidate. */
  any: boolean;
}

function planOf(kind: FoundKind): Plan {
  const selector = FOUND_SELECTORS[kind];
  const plan: Plan = { kind, selector, tags: new Set(), bareTags: new Set(), role: false, attributes: [], any: false };
  for (const part of selector.split(',').map((p) => p.trim())) {
    const tag = /^([a-zA-Z][a-zA-Z0-9-]*)/.exec(part)?.[1];
    const attribute = /^\[([a-zA-Z-]+)/.exec(part)?.[1];
    if (tag) {
      plan.tags.add(tag.toUpperCase());
      if (tag === part) plan.bareTags.add(tag.toUpperCase());
    } else if (attribute === 'role') plan.role = true;
    else if (attribute) plan.attributes.push(attribute);
    else plan.any = true;
  }
  return plan;
}

const PLANS = (Object.keys(FOUND_SELECTORS) as FoundKind[]).map(planOf);
/** The plans together, to pass over the many elements that are no candidate at all quickly. */
const ANY = PLANS.some((p) => p.any);
const ANY_ROLE = PLANS.some((p) => p.role);
const ALL_TAGS = new Set(PLANS.flatMap((p) => [...p.tags]));
const ALL_ATTRIBUTES = [...new Set(PLANS.flatMap((p) => p.attributes))];
/**
 * Whether an element with this (upper-cased) tag may match although it has no role and none of
 * SELECTOR_ATTRIBUTES: the walk calls `element` only then, or when it has one of those.
 */
export function mayMatchByTag(tag: string): boolean {
  return ANY || ALL_TAGS.has(tag) || tag.includes(':');
}

/** Every attribute (besides role) the selectors look at. */
export const SELECTOR_ATTRIBUTES: readonly string[] = ALL_ATTRIBUTES;

const XHTML = 'http://www.w3.org/1999/xhtml';

export interface Collector {
  found: Found;
  /**
   * A walked element, with what the walk read already: its tagName, that upper-cased, its role, and
   * whether it may have an attribute a selector asks for.
   */
  element(el: Element, rawTag: string, tag: string, role: string | null, attributed: boolean): void;
  /** An element whose subtree the walk skips (script, svg, …): itself and its descendants by selector. */
  skipped(el: Element): void;
}

export function collector(): Collector {
  const found: Found = { controls: [], headings: [], headerCells: [], tables: [], messages: [], fields: [] };
  const element = (el: Element, rawTag: string, tag: string, role: string | null, attributed: boolean): void => {
    // A prefixed name ("x:a") has a local name the tag set cannot see: let `matches` decide.
    const prefixed = tag.includes(':');
    if (
      !ANY &&
      !prefixed &&
      !ALL_TAGS.has(tag) &&
      (role === null || !ANY_ROLE) &&
      !(attributed && ALL_ATTRIBUTES.some((a) => el.hasAttribute(a)))
    ) {
      return;
    }
    for (const plan of PLANS) {
      const candidate =
        plan.any ||
        prefixed ||
        plan.tags.has(tag) ||
        (role !== null && plan.role) ||
        (attributed && plan.attributes.some((a) => el.hasAttribute(a)));
      if (!candidate) continue;
      // An HTML element (upper-case tagName in an HTML document) named by a bare type selector
      // matches without asking the selector engine: the common case of links and buttons.
      if ((plan.bareTags.has(tag) && rawTag === tag && el.namespaceURI === XHTML) || el.matches(plan.selector)) {
        found[plan.kind].push(el);
      }
    }
  };
  return {
    found,
    element,
    skipped(el) {
      element(el, el.tagName, el.tagName.toUpperCase(), el.getAttribute('role'), el.hasAttributes());
      if (el.firstElementChild === null) return;
      for (const plan of PLANS) found[plan.kind].push(...Array.from(el.querySelectorAll(plan.selector)));
    },
  };
}
