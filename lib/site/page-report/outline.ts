/**
 * The page's structure as an indented outline of elements, one per line, with every text and
 * attribute value passed through redactText. Siblings that read the same once redacted (the rows
 * of a 2,000-row order history) appear once with a count, so a report stays readable and small.
 */

import { redactText } from './redact-text';

/** Never in a report: code, styles, and what a person does not read. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META', 'BASE']);
/** Shown as one line without their inside (drawings, embedded documents). */
const OPAQUE = new Set(['SVG', 'svg', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG']);
/** Attributes that carry a text a person reads or hears. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];
/** Attributes that say what an element is. */
const KIND_ATTRIBUTES = ['role', 'type', 'aria-expanded', 'aria-current', 'disabled', 'readonly', 'required', 'hidden', 'open'];
const MAX_DEPTH = 60;
const MAX_LINES = 4000;

export interface OutlineOptions {
  /** Vinkje's own elements on the page, left out. */
  isOwnNode?: (node: Node) => boolean;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '\\"')}"`;
}

/**
 * A class or id is the shop's code, not its content: kept for the structure, unless it carries a
 * number (an order or customer id) or is long enough to be a slug of a name.
 */
function cleanName(name: string): string | null {
  return /\d/.test(name) || name.length > 40 ? null : name;
}

function hrefOf(el: Element): string | null {
  const raw = el.getAttribute('href');
  if (raw === null) return null;
  if (/^mailto:/i.test(raw)) return 'mailto:[e-mail]';
  if (/^tel:/i.test(raw)) return 'tel:[tel]';
  if (raw.startsWith('#')) return '#';
  try {
    const url = new URL(raw, 'https://www.slbdiensten.nl/');
    // The path shows where a link goes; query and fragment often carry ids and are left out.
    const path = url.pathname
      .split('/')
      .map((segment) => (segment === '' ? '' : redactText(decodeURIComponent(segment).replace(/[-_]+/g, ' ')).replace(/ /g, '-')))
      .join('/');
    const host = /(^|\.)slbdiensten\.nl$/.test(url.hostname) ? '' : `${url.protocol}//${url.hostname}`;
    return host + path + (url.search ? '?…' : '');
  } catch {
    return '[id]';
  }
}

function describe(el: Element): string {
  const parts = [el.tagName.toLowerCase()];
  const id = el.getAttribute('id');
  const idName = id ? cleanName(id) : null;
  if (idName) parts[0] += `#${idName}`;
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(cleanName)
    .filter((c): c is string => c !== null)
    .slice(0, 4);
  if (classes.length > 0) parts[0] += `.${classes.join('.')}`;
  for (const name of KIND_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    // Enumerated values ("button", "page", "true") are markup; anything else goes through redaction.
    parts.push(value === '' ? name : `${name}=${/^[a-z-]{1,20}$/.test(value) ? value : redactText(value)}`);
  }
  const fieldName = el.getAttribute('name');
  if (fieldName !== null && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName)) parts.push(`name=${redactText(fieldName)}`);
  const href = hrefOf(el);
  if (href !== null) parts.push(`href=${href}`);
  for (const name of TEXT_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) parts.push(`${name}=${quoted(redactText(value))}`);
  }
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const value = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    // Button captions are the shop's words; what a person typed or the shop filled in is data.
    if (value !== '') parts.push(/^(submit|button|reset)$/.test(type) ? `value=${quoted(redactText(value))}` : 'value=[…]');
  }
  return parts.join(' ');
}

/** The lines of one element and everything under it, indented from 0. */
function lines(el: Element, depth: number, options: OutlineOptions): string[] {
  if (options.isOwnNode?.(el) || SKIPPED.has(el.tagName)) return [];
  if (OPAQUE.has(el.tagName) || depth >= MAX_DEPTH) return [describe(el)];
  const children = Array.from(el.childNodes);
  if (children.every((c) => c.nodeType !== 1)) {
    const text = redactText(el.textContent ?? '');
    return [describe(el) + (text ? ` ${quoted(text)}` : '')];
  }
  const out = [describe(el)];
  // Siblings that read the same once redacted (the rows of a long table) are shown once and counted.
  const shown = new Map<string, number>();
  for (const child of children) {
    if (child.nodeType === 3) {
      const text = redactText(child.textContent ?? '');
      if (text) out.push(`  ${quoted(text)}`);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const sub = lines(child as Element, depth + 1, options);
    if (sub.length === 0) continue;
    const key = sub.join('\n');
    const times = shown.get(key);
    if (times !== undefined) {
      shown.set(key, times + 1);
      continue;
    }
    shown.set(key, 1);
    out.push(...sub.map((line) => `  ${line}`));
  }
  let repeats = 0;
  for (const times of shown.values()) repeats += times - 1;
  if (repeats > 0) out.push(`  … +${repeats} × ${repeats === 1 ? 'hetzelfde als hierboven / same as above' : 'zoals hierboven / like above'}`);
  return out;
}

/** The outline of `root` and everything under it. */
export function outline(root: Element, options: OutlineOptions = {}): string[] {
  const out = lines(root, 0, options);
  if (out.length <= MAX_LINES) return out;
  return [...out.slice(0, MAX_LINES), `… +${out.length - MAX_LINES} regels ingekort / lines shortened`];
}
