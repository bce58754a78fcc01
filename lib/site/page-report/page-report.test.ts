import { describe, expect, it } from 'vitest';
import { loadFixtures, NEUTRAL_URL, parseDocument } from '../fixtures.testutil';
import { normalize } from '../dom/normalize';
import { CONTROLS } from '../labels/controls';
import { COLUMNS } from '../labels/columns';
import { TITLES } from '../labels/titles';
import { FIELD_LABELS } from '../labels/texts';
import { buildPageReport } from './build-report';
import { personalDataOf } from './personal-data.testutil';

const fixtures = loadFixtures();
const NOW = Date.UTC(2026, 10, 20, 9, 0);

function reportOf(html: string, url = NEUTRAL_URL): string {
  return buildPageReport({ doc: parseDocument(html), url, version: '9.8.7', now: NOW });
}

function patternsOf(tree: unknown): RegExp[] {
  if (tree instanceof RegExp) return [tree];
  if (Array.isArray(tree)) return tree.flatMap(patternsOf);
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(patternsOf);
  return [];
}
const LABEL_PATTERNS = patternsOf([TITLES, CONTROLS, COLUMNS, FIELD_LABELS]);

/** The headings, column headers, field labels and button texts that Vinkje reads as the shop's words. */
function shopLabelsOf(doc: Document): string[] {
  const texts = Array.from(doc.querySelectorAll('h1,h2,h3,h4,th,label,legend,dt,button,a'))
    .map((el) => normalize(el.textContent ?? '').replace(/[\s:*]+$/, ''))
    .filter((t) => t !== '' && !/\d/.test(t));
  return [...new Set(texts)].filter((t) =>
    LABEL_PATTERNS.some((p) => {
      const m = p.exec(t);
      return m !== null && m.index === 0 && m[0] === t;
    }),
  );
}

// Every name seen in any fixture: an institution listed on one page may be a sidecar's name on another.
const everyText = [...new Set(fixtures.flatMap((f) => personalDataOf(f).texts))].filter((t) => t.length >= 3);

describe('page report: redaction on every saved shop page', () => {
  it('finds personal data to test with (names, e-mail addresses, numbers)', () => {
    expect(everyText).toContain('J. de Vries');
    expect(everyText).toContain('Het Baken College');
    expect(everyText.some((t) => t.includes('@'))).toBe(true);
  });

  for (const fixture of fixtures) {
    describe(`${fixture.set}/${fixture.name}`, () => {
      const report = reportOf(fixture.html);
      const lower = report.toLowerCase();
      const personal = personalDataOf(fixture);

      it('keeps no name, e-mail address, phone, customer, order or reference number', () => {
        const leaked = everyText.filter((t) => lower.includes(t.toLowerCase()));
        expect(leaked).toEqual([]);
      });

      it('keeps no quantity, amount or other number of the page', () => {
        // The outline's own counts ("… +2 × li") are not the page's numbers.
        const body = report.slice(report.indexOf('---')).replace(/… \+\d+ (×|regels)/g, '');
        const leaked = [...new Set(personal.numbers)].filter((n) => new RegExp(`(?<![\\w.,])${n.replace(/[.]/g, '\\.')}(?![\\w]|[.,]\\d)`).test(body));
        expect(leaked).toEqual([]);
        expect(body).not.toMatch(/(?<![\p{L}])\d/u);
      });

      it("keeps the shop's headings, column headers, labels and button texts", () => {
        const labels = shopLabelsOf(parseDocument(fixture.html));
        const missing = labels.filter((l) => !lower.includes(l));
        expect(missing).toEqual([]);
      });

      it("names Vinkje's version and what it could not read", () => {
        expect(report).toContain('version: 9.8.7');
        expect(report).toMatch(/Herkend als \/ recognised as: [a-z-]+/);
        expect(report).toContain('Niet gelezen / not read:');
      });
    });
  }
});
