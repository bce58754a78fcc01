// Properties the cart check must keep for any input the page readers could hand it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCart, type CartCheckInput, type CartLineInput, type Finding } from './cart-check';
import { severityOf, type RuleId } from './rules';
import { fuzzRuns } from '../../test/fuzz/runs';

const KNOWN_NAMES = [
  'Basispakket medewerkers',
  'Basispakket leerlingen/studenten',
  'Microsoft 365 A3 medewerkers',
  'Microsoft 365 A3 leerlingen/studenten',
  'Microsoft 365 A5 medewerkers (step-up)',
  'Microsoft 365 A5 leerlingen/studenten (step-up)',
  'Microsoft Defender Suite medewerkers',
  'M365 A5 Security leerlingen',
  'Microsoft Purview Suite medewerkers',
  'Microsoft 365 Copilot medewerkers',
  'Windows Server Standard core',
  'Windows Server Datacenter - 2 core pack',
  'SQL Server Standard core',
  'Visio Plan 2',
  'Microsoft 365 A3',
  'Minecraft Education leerlingen',
];

// Braces are left out so a leftover "{placeholder}" in a message can only come from a template.
const anyText = fc.string({ maxLength: 30 }).map((s) => s.replace(/[{}]/g, ''));
const productName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN_NAMES) }, { weight: 1, arbitrary: anyText });
const quantityText = fc.oneof(
  fc.integer({ min: 0, max: 30000 }).map(String),
  fc.constantFrom('1.996', '1,5', '-3', '', '1.99', '2.000,00', '+4', '0'),
  anyText,
);
const looseNumber = fc.oneof(
  fc.integer({ min: -10, max: 30000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER),
);
const cartLine: fc.Arbitrary<CartLineInput> = fc.record(
  {
    product: productName,
    quantityText,
    quantity: fc.option(looseNumber),
    prepared: fc.option(looseNumber),
  },
  { requiredKeys: ['product', 'quantityText', 'quantity'] },
);
const futureLicense = fc.record({ product: productName, quantity: fc.option(looseNumber) });
const cartInput: fc.Arbitrary<CartCheckInput> = fc.record({
  licenceYear: fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.double()),
  lines: fc.array(cartLine, { maxLength: 12 }),
  futureLicenses: fc.option(fc.array(futureLicense, { maxLength: 6 })),
});

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const ruleIds = (findings: Finding[], wanted: RuleId[]): string[] =>
  findings.filter((f) => wanted.includes(f.rule)).map((f) => `${f.rule}@${f.lineIndex}`);

describe('checkCart on any input', () => {
  it('never throws and returns well-formed, fully filled-in findings', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const { findings, notices } = checkCart(input);
        for (const finding of findings) {
          expect(finding.severity).toBe(severityOf(finding.rule, finding.variant));
          if (finding.lineIndex !== null) {
            expect(finding.lineIndex).toBeGreaterThanOrEqual(0);
            expect(finding.lineIndex).toBeLessThan(input.lines.length);
          }
          for (const text of [finding.message, finding.fix].filter((t) => t !== null)) {
            expect(text.nl).not.toMatch(/\{[a-zA-Z][a-zA-Z0-9]*\}/);
            expect(text.en).not.toMatch(/\{[a-zA-Z][a-zA-Z0-9]*\}/);
          }
          // The shop removes a licence with Verwijderen → Opzeggen; a fix never lowers a line to 0.
          expect(finding.fix?.nl ?? '').not.toMatch(/naar 0\b/);
          expect(finding.fix?.en ?? '').not.toMatch(/to 0\b/);
          for (const value of Object.values(finding.numbers)) expect(Number.isFinite(value)).toBe(true);
        }
        for (const notice of notices) expect(notice.message.nl).not.toBe('');
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('is deterministic and sorted: errors, warnings, info, each by line', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const first = checkCart(input);
        expect(checkCart(structuredClone(input))).toEqual(first);
        const findings = first.findings;
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1] as Finding;
          const b = findings[i] as Finding;
          const rankA = SEVERITY_RANK[a.severity];
          const rankB = SEVERITY_RANK[b.severity];
          expect(rankA).toBeLessThanOrEqual(rankB);
          if (rankA === rankB) {
            expect(a.lineIndex ?? Infinity).toBeLessThanOrEqual(b.lineIndex ?? Infinity);
          }
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('announces unknown future licences exactly when they are unknown', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const unknown = checkCart(input).notices.some((n) => n.code === 'future-licenses-unknown');
        expect(unknown).toBe(input.futureLicenses === null);
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});

describe('unknown is not zero', () => {
  it('a Basispakket whose user type is unknown never yields a base-package error', () => {
    fc.assert(
      fc.property(cartInput, fc.nat({ max: 50000 }), (input, quantity) => {
        const future = [...(input.futureLicenses ?? []), { product: 'Basispakket', quantity }];
        const { findings } = checkCart({ ...input, futureLicenses: future });
        for (const f of findings.filter((x) => ['R03', 'R04', 'R07'].includes(x.rule))) {
          expect(f.severity, f.message.nl).toBe('info');
          expect(f.message.nl).not.toContain('tekort');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('texts read as written', () => {
  it('never puts two brackets side by side, whatever the product is called', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        // What the page itself called a product or showed as a quantity may hold brackets; Vinkje's own words may not add a pair.
        const pageTexts = [...input.lines.flatMap((l) => [l.product, l.quantityText]), ...(input.futureLicenses ?? []).map((l) => l.product)].filter((t) => t.length > 0);
        const withoutPageTexts = (text: string) => pageTexts.reduce((out, t) => out.split(t).join('«…»'), text);
        for (const f of checkCart(input).findings) {
          for (const text of [f.message.nl, f.message.en, f.fix?.nl ?? '', f.fix?.en ?? '']) {
            expect(withoutPageTexts(text)).not.toMatch(/\)\s*\(/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkCart moves the right way', () => {
  it('never reports a base-package shortfall because base packages were raised', () => {
    const raise = fc.record({
      product: fc.constantFrom('Basispakket medewerkers', 'Basispakket leerlingen/studenten'),
      amount: fc.integer({ min: 1, max: 50000 }),
      inCart: fc.boolean(),
    });
    fc.assert(
      fc.property(cartInput, raise, (input, { product, amount, inCart }) => {
        const future = input.futureLicenses ?? [];
        const before = checkCart({ ...input, futureLicenses: future });
        const raised: CartCheckInput = inCart
          ? { ...input, futureLicenses: future, lines: [...input.lines, { product, quantityText: String(amount), quantity: null }] }
          : { ...input, futureLicenses: [...future, { product, quantity: amount }] };
        const after = checkCart(raised);
        const rulesBefore = new Set(before.findings.map((f) => f.rule));
        for (const rule of ['R03', 'R04'] as const) {
          if (!rulesBefore.has(rule)) expect(ruleIds(after.findings, [rule])).toEqual([]);
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('never reports too many A5 because an A5 was lowered', () => {
    const a5Names = ['Microsoft 365 A5 medewerkers (step-up)', 'Microsoft 365 A5 leerlingen/studenten (step-up)'];
    const readableLine = fc.record({
      product: fc.constantFrom(...KNOWN_NAMES),
      quantityText: fc.constant(''),
      quantity: fc.integer({ min: 0, max: 5000 }),
    });
    const input = fc.record({
      licenceYear: fc.constant(2027),
      lines: fc.array(readableLine, { minLength: 1, maxLength: 10 }),
      futureLicenses: fc.option(fc.array(futureLicense, { maxLength: 4 })),
    });
    fc.assert(
      fc.property(input, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (cart, pick, share) => {
        const a5Lines = cart.lines.map((l, i) => (a5Names.includes(l.product) ? i : -1)).filter((i) => i >= 0);
        fc.pre(a5Lines.length > 0);
        const index = a5Lines[pick % a5Lines.length] as number;
        const lines = cart.lines.map((l, i) => (i === index ? { ...l, quantity: Math.floor(l.quantity * share) } : l));
        const before = checkCart(cart).findings;
        const after = checkCart({ ...cart, lines }).findings;
        const rulesBefore = new Set(before.map((f) => f.rule));
        for (const rule of ['R01', 'R02'] as const) {
          if (!rulesBefore.has(rule)) expect(ruleIds(after, [rule])).toEqual([]);
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
