import { describe, expect, it } from 'vitest';
import { checkCart, type CartCheckInput, type CartLineInput, type Finding, type FutureLicenseInput } from './cart-check';

const YEAR = 2027;

function line(product: string, quantityText: string, prepared?: number): CartLineInput {
  return { product, quantityText, quantity: null, ...(prepared === undefined ? {} : { prepared }) };
}

function base(staff: number, students: number): FutureLicenseInput[] {
  return [
    { product: 'Basispakket medewerkers', quantity: staff },
    { product: 'Basispakket leerlingen/studenten', quantity: students },
  ];
}

/** Plenty of base packages, so only the rule under test can fire. */
const PLENTY = base(100_000, 100_000);

function check(lines: CartLineInput[], futureLicenses: FutureLicenseInput[] | null = PLENTY, changeThreshold?: number) {
  const input: CartCheckInput = { licenceYear: YEAR, lines, futureLicenses };
  return checkCart(input, changeThreshold === undefined ? {} : { changeThreshold });
}

/** "R03@0": rule and line of each finding, in the order returned. */
const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}@${f.lineIndex ?? '-'}`);

function only(findings: Finding[], rule: string): Finding {
  const matching = findings.filter((f) => f.rule === rule);
  expect(matching, `exactly one ${rule} in ${ids(findings).join(', ')}`).toHaveLength(1);
  return matching[0] as Finding;
}

describe('the demo institutions', () => {
  it('Het Baken College: no errors, one "not checked" for Minecraft', () => {
    const result = check(
      [
        line('Microsoft 365 A3 medewerkers', '1.996'),
        line('Microsoft 365 A3 leerlingen/studenten', '14.250'),
        line('Microsoft 365 A5 medewerkers (step-up)', '120'),
        line('Microsoft Defender Suite medewerkers', '120'),
        line('Microsoft 365 Copilot medewerkers', '25'),
        line('Windows Server Standard core', '32'),
        line('SQL Server Standard core', '8'),
        line('Minecraft Education leerlingen', '300'),
      ],
      base(2050, 15000),
    );
    expect(ids(result.findings)).toEqual(['R14@7']);
    expect(result.findings[0]?.message.nl).toContain('Minecraft Education leerlingen');
    expect(result.notices).toEqual([]);
  });

  it('ROC Rivierland: 6 base packages short, and more A5 than A3', () => {
    const result = check(
      [
        line('Microsoft 365 A3 medewerkers', '1.996'),
        line('Microsoft 365 A5 medewerkers (step-up)', '2.010'),
        line('Microsoft 365 A3 leerlingen/studenten', '21.000'),
        line('Microsoft Purview Suite medewerkers', '150'),
      ],
      base(1990, 21500),
    );
    expect(ids(result.findings)).toEqual(['R03@0', 'R01@1']);

    const r03 = only(result.findings, 'R03');
    expect(r03.numbers).toEqual({ a3: 1996, base: 1990, shortfall: 6 });
    expect(r03.message.nl).toBe(
      'Na deze bestelling heb je 1.996 Microsoft 365 A3 medewerkers, maar 1.990 Basispakket medewerkers. Elke A3-licentie heeft een Basispakket nodig: je komt er 6 tekort.',
    );
    expect(r03.fix?.nl).toBe(
      "Bestel 6 extra Basispakket medewerkers: klik onder de winkelwagen op 'Andere licentie van Microsoft bestellen'.",
    );
    expect(r03.message.en).toContain('1,996');

    const r01 = only(result.findings, 'R01');
    expect(r01.numbers).toEqual({ a5: 2010, a3: 1996, excess: 14, target: 1996 });
    expect(r01.message.nl).toContain('2.010 Microsoft 365 A5 medewerkers en 1.996 Microsoft 365 A3 medewerkers');
    expect(r01.fix?.nl).toBe('Verlaag Microsoft 365 A5 medewerkers (step-up) naar 1.996.');
    expect(r01.fix?.en).toBe('Lower Microsoft 365 A5 medewerkers (step-up) to 1,996.');
    expect(r01.product).toBe('Microsoft 365 A5 medewerkers (step-up)');
  });
});

describe('R01/R02: A5 never above A3', () => {
  it('allows as many A5 as A3', () => {
    expect(check([line('Microsoft 365 A3 medewerkers', '100'), line('Microsoft 365 A5 medewerkers (step-up)', '100')]).findings).toEqual([]);
  });

  it('flags one A5 student too many', () => {
    const result = check([line('Microsoft 365 A3 leerlingen/studenten', '100'), line('Microsoft 365 A5 leerlingen/studenten (step-up)', '101')]);
    const r02 = only(result.findings, 'R02');
    expect(r02.lineIndex).toBe(1);
    expect(r02.numbers).toEqual({ a5: 101, a3: 100, excess: 1, target: 100 });
  });

  it('does not compare staff A5 with student A3', () => {
    const result = check([line('Microsoft 365 A3 leerlingen/studenten', '500'), line('Microsoft 365 A5 medewerkers (step-up)', '10')]);
    expect(ids(result.findings)).toEqual(['R01@1']);
  });

  it('asks to raise A3 when the A5 is already owned', () => {
    const result = check([line('Microsoft 365 A3 medewerkers', '90')], [
      ...PLENTY,
      { product: 'Microsoft 365 A5 medewerkers', quantity: 100 },
    ]);
    const r01 = only(result.findings, 'R01');
    expect(r01.lineIndex).toBe(0);
    expect(r01.fix?.nl).toBe('Verhoog Microsoft 365 A3 medewerkers naar 100.');
  });
});

describe('R03/R04: A3 needs base packages', () => {
  it('allows exactly as many A3 as base packages', () => {
    expect(check([line('Microsoft 365 A3 medewerkers', '1.990')], base(1990, 0)).findings).toEqual([]);
  });

  it('counts extra base packages in the cart and asks to raise that line', () => {
    const lines = [line('Basispakket medewerkers', '10'), line('Microsoft 365 A3 medewerkers', '2.004')];
    const r03 = only(check(lines, base(1990, 0)).findings, 'R03');
    expect(r03.numbers).toEqual({ a3: 2004, base: 2000, shortfall: 4, baseTarget: 14 });
    expect(r03.lineIndex).toBe(1);
    expect(r03.fix?.nl).toBe('Verhoog Basispakket medewerkers naar 14.');

    const enough = [line('Basispakket medewerkers', '14'), line('Microsoft 365 A3 medewerkers', '2.004')];
    expect(check(enough, base(1990, 0)).findings).toEqual([]);
  });

  it('flags students separately', () => {
    const result = check([line('Microsoft 365 A3 leerlingen/studenten', '21.501')], base(5000, 21500));
    const r04 = only(result.findings, 'R04');
    expect(r04.numbers).toEqual({ a3: 21501, base: 21500, shortfall: 1 });
    expect(r04.fix?.nl).toContain('Bestel 1 extra Basispakket leerlingen/studenten');
  });
});

describe('future licences not yet known', () => {
  const lines = [line('Microsoft 365 A3 medewerkers', '1.996'), line('Windows Server Standard core', '16')];

  it('skips the base-package rules and says how to fix that', () => {
    const result = check(lines, null);
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['future-licenses-unknown']);
    expect(result.notices[0]?.message.nl).toContain('Toekomstige licenties');
  });

  it('still checks A5 against A3', () => {
    const result = check([...lines, line('Microsoft 365 A5 medewerkers (step-up)', '2.000')], null);
    expect(ids(result.findings)).toEqual(['R01@2']);
  });

  it('skips a base rule whose future quantity could not be read', () => {
    const result = check(lines, [
      { product: 'Basispakket medewerkers', quantity: null },
      { product: 'Basispakket leerlingen/studenten', quantity: 10 },
      { product: 'Onbekend pakket', quantity: 3 },
    ]);
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['future-license-unreadable', 'future-license-not-recognised']);
    expect(result.notices[1]?.message.nl).toContain('Onbekend pakket');
  });
});

describe('R05/R06: add-ons per qualifying licence', () => {
  const qualifying = [line('Microsoft 365 A3 medewerkers', '100'), line('Microsoft 365 A5 medewerkers (step-up)', '50')];

  it('allows an add-on for every A3 licence (an A5 step-up is one of them)', () => {
    expect(check([...qualifying, line('Microsoft Defender Suite medewerkers', '100')]).findings).toEqual([]);
    expect(check([...qualifying, line('Microsoft 365 Copilot medewerkers', '100')]).findings).toEqual([]);
  });

  it('flags more security add-ons than A3 licences, without counting the step-ups a second time', () => {
    // 100 A3 of which 50 stepped up to A5 are 100 licences, not 150.
    const r05 = only(check([...qualifying, line('Microsoft Defender Suite medewerkers', '150')]).findings, 'R05');
    expect(r05.lineIndex).toBe(2);
    expect(r05.numbers).toEqual({ addon: 150, qualifying: 100, excess: 50, target: 100 });
    expect(r05.message.nl).toContain('150 Microsoft Defender Suite medewerkers');
    expect(r05.message.nl).toContain('100 Microsoft 365 A3-licenties');
    expect(r05.fix?.nl).toBe('Verlaag Microsoft Defender Suite medewerkers naar 100.');
  });

  it('adds up the old and the new name of a security add-on', () => {
    const result = check([
      ...qualifying,
      line('M365 A5 Security medewerkers', '100'),
      line('Microsoft 365 E5 Security medewerkers', '60'),
    ]);
    const r05 = only(result.findings, 'R05');
    expect(r05.numbers.addon).toBe(160);
    expect(r05.message.nl).toContain('beveiligings-add-ons');
  });

  it('checks compliance add-ons for students against student licences', () => {
    const result = check([
      ...qualifying,
      line('Microsoft 365 A3 leerlingen/studenten', '10'),
      line('Microsoft Purview Suite leerlingen/studenten', '11'),
    ]);
    expect(only(result.findings, 'R05').numbers).toEqual({ addon: 11, qualifying: 10, excess: 1, target: 10 });
  });

  it('flags more Copilot licences than A3 licences', () => {
    const r06 = only(check([...qualifying, line('Microsoft 365 Copilot medewerkers', '101')]).findings, 'R06');
    expect(r06.numbers).toEqual({ addon: 101, qualifying: 100, excess: 1, target: 100 });
  });
});

describe('R07: additional products need base packages', () => {
  it('flags a product of a user type without base packages of that type', () => {
    const result = check(
      [line('Microsoft 365 A3 medewerkers', '10'), line('Microsoft 365 A5 medewerkers (step-up)', '10')],
      base(0, 500),
    );
    expect(ids(result.findings)).toEqual(['R03@0', 'R07@1']);
    expect(only(result.findings, 'R07').message.nl).toContain('geen Basispakket medewerkers');
  });

  it('flags a server product only when there are no base packages at all', () => {
    expect(ids(check([line('Windows Server Standard core', '16')], base(0, 0)).findings)).toEqual(['R07@0']);
    expect(check([line('Windows Server Standard core', '16')], base(0, 1)).findings).toEqual([]);
  });

  it('does not flag a line set to 0', () => {
    expect(ids(check([line('Visio Plan 2', '0')], base(0, 0)).findings)).toEqual(['R13@0']);
  });
});

describe('R08: unreadable quantity', () => {
  it('says what is wrong with the text', () => {
    const r08 = only(check([line('Microsoft 365 A3 medewerkers', '1,5')]).findings, 'R08');
    expect(r08.severity).toBe('error');
    expect(r08.message.nl).toBe(
      'Het aantal bij Microsoft 365 A3 medewerkers ("1,5") is niet te lezen. Vul een geheel aantal in, zonder cijfers achter de komma.',
    );
  });

  it('skips the rules that would need the unreadable total', () => {
    const result = check([line('Microsoft 365 A3 medewerkers', 'abc'), line('Microsoft 365 A5 medewerkers (step-up)', '120')]);
    expect(ids(result.findings)).toEqual(['R08@0']);
  });

  it('uses the number the reader already parsed', () => {
    const result = check([{ product: 'Microsoft 365 A3 medewerkers', quantityText: 'weird', quantity: 12 }]);
    expect(result.findings).toEqual([]);
    const bad = check([{ product: 'Microsoft 365 A3 medewerkers', quantityText: '-2', quantity: -2 }]);
    expect(ids(bad.findings)).toEqual(['R08@0']);
  });
});

describe('R09/R10: compared with the prepared quantity', () => {
  it('warns that 4 instead of 1.996 probably meant "+4"', () => {
    const result = check([line('Microsoft 365 A3 medewerkers', '4', 1996)]);
    expect(ids(result.findings)).toEqual(['R09@0']);
    const r09 = only(result.findings, 'R09');
    expect(r09.numbers).toEqual({ entered: 4, prepared: 1996, likelyTotal: 2000 });
    expect(r09.message.nl).toContain('Vul het totaal in, niet het extra aantal');
    expect(r09.fix?.nl).toBe('Wil je er 4 bij? Kies Wijzigen en vul 2.000 in.');
  });

  it('gives a plain change warning for small prepared quantities or at 10% and above', () => {
    expect(ids(check([line('Visio Plan 2', '1', 19)]).findings)).toEqual(['R10@0']);
    expect(ids(check([line('Visio Plan 2', '20', 200)]).findings)).toEqual(['R10@0']);
  });

  it('warns above ±25% and not at exactly 25%', () => {
    const r10 = only(check([line('Visio Plan 2', '126', 100)]).findings, 'R10');
    expect(r10.numbers).toEqual({ entered: 126, prepared: 100, changePercent: 26 });
    expect(r10.message.nl).toBe('Visio Plan 2 gaat van 100 naar 126 (+26%). Klopt dat?');
    expect(check([line('Visio Plan 2', '125', 100)]).findings).toEqual([]);
    expect(check([line('Visio Plan 2', '75', 100)]).findings).toEqual([]);
    expect(ids(check([line('Visio Plan 2', '74', 100)]).findings)).toEqual(['R10@0']);
  });

  it('follows the threshold option, and falls back to 25% for a nonsense one', () => {
    expect(check([line('Visio Plan 2', '140', 100)], PLENTY, 0.5).findings).toEqual([]);
    expect(ids(check([line('Visio Plan 2', '140', 100)], PLENTY, Number.NaN).findings)).toEqual(['R10@0']);
  });

  it('leaves a line without a prepared quantity alone', () => {
    expect(check([line('Visio Plan 2', '5000')]).findings).toEqual([]);
  });
});

describe('R11/R12: server core licences', () => {
  it.each([
    ['Windows Server Standard core', '15', 'R11', 16],
    ['Windows Server Standard core', '17', 'R11', 18],
    ['Windows Server Datacenter - 2 core pack', '7', 'R11', 8],
    ['SQL Server Standard core', '2', 'R12', 4],
    ['SQL Server Standard core', '5', 'R12', 6],
  ])('%s × %s → %s, raise to %d', (product, quantity, rule, target) => {
    const finding = only(check([line(product, quantity)]).findings, rule);
    expect(finding.numbers.target).toBe(target);
    expect(finding.fix?.nl).toBe(`Verhoog ${product} naar ${target}.`);
  });

  it.each([
    ['Windows Server Standard core', '16'],
    ['Windows Server Standard core', '18'],
    ['Windows Server Datacenter - 2 core pack', '8'],
    ['SQL Server Standard core', '4'],
  ])('%s × %s is fine', (product, quantity) => {
    expect(check([line(product, quantity)]).findings).toEqual([]);
  });

  it('reports the cores of a core pack', () => {
    const r11 = only(check([line('Windows Server Datacenter - 2 core pack', '7')]).findings, 'R11');
    expect(r11.numbers).toEqual({ quantity: 7, cores: 14, minimum: 16, target: 8 });
  });
});

describe('R13, R14, R15', () => {
  it('R13: a quantity of 0 points to Verwijderen → Opzeggen', () => {
    const r13 = only(check([line('Microsoft 365 A3 medewerkers', '0', 1996)]).findings, 'R13');
    expect(r13.severity).toBe('info');
    expect(r13.fix?.nl).toContain('Verwijderen en daarna Opzeggen');
    expect(check([line('Microsoft 365 A3 medewerkers', '0', 1996)]).findings).toHaveLength(1);
  });

  it('R14: a recognised product without a user type is not checked either', () => {
    const r14 = only(check([line('Microsoft 365 A3', '5000')], base(0, 0)).findings, 'R14');
    expect(r14.message.nl).toContain('niet of het voor medewerkers of voor leerlingen/studenten is');
  });

  it('R15: the same product twice, also under its old name', () => {
    const twice = check([line('Microsoft 365 A3 medewerkers', '10'), line('Microsoft 365 A3 medewerkers', '5')]);
    const r15 = only(twice.findings, 'R15');
    expect(r15.lineIndex).toBe(1);
    expect(r15.numbers).toEqual({ otherLine: 1 });
    expect(r15.message.nl).toContain('ook op regel 1');

    const renamed = check([
      line('Microsoft 365 A3 medewerkers', '100'),
      line('M365 A5 Security medewerkers', '10'),
      line('Microsoft Defender Suite medewerkers', '10'),
    ]);
    expect(ids(renamed.findings)).toEqual(['R15@2']);

    const unknownTwice = check([line('Minecraft Education', '1'), line('minecraft  education', '1')]);
    expect(ids(unknownTwice.findings)).toEqual(['R15@1', 'R14@0', 'R14@1']);
  });

  it('R15: two editions of Windows Server are different products', () => {
    const result = check([line('Windows Server Standard core', '16'), line('Windows Server Datacenter - 2 core pack', '8')]);
    expect(result.findings).toEqual([]);
  });
});

describe('order of findings', () => {
  it('lists errors, then warnings, then info, each by line', () => {
    const result = check([
      line('Minecraft Education', '1'),
      line('SQL Server Standard core', '3'),
      line('Microsoft 365 A3 medewerkers', 'abc'),
      line('Visio Plan 2', '0'),
      line('Windows Server Standard core', '1,5'),
    ]);
    expect(ids(result.findings)).toEqual(['R08@2', 'R08@4', 'R12@1', 'R14@0', 'R13@3']);
  });
});
