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
      'Na deze bestelling heb je 1.996 Microsoft 365 A3 medewerkers, maar 1.990 Basispakketten medewerkers. Elke A3-licentie heeft een Basispakket nodig (zie stap 3 van het stappenplan): je komt er 6 tekort.',
    );
    expect(r03.fix?.nl).toBe(
      "Bestel 6 extra Basispakketten medewerkers: klik onder de winkelwagen op 'Andere licentie van Microsoft bestellen'.",
    );
    expect(r03.message.en).toContain('1,996');

    const r01 = only(result.findings, 'R01');
    expect(r01.numbers).toEqual({ a5: 2010, a3: 1996, excess: 14, target: 1996 });
    expect(r01.message.nl).toContain('2.010 Microsoft 365 A5 medewerkers en 1.996 Microsoft 365 A3 medewerkers');
    expect(r01.fix?.nl).toBe('Verlaag Microsoft 365 A5 medewerkers (step-up) naar 1.996: kies Wijzigen en vul 1.996 in.');
    expect(r01.fix?.en).toBe('Lower Microsoft 365 A5 medewerkers (step-up) to 1,996: choose Wijzigen (change) and enter 1,996.');
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
    expect(r01.fix?.nl).toBe('Verhoog Microsoft 365 A3 medewerkers naar 100: kies Wijzigen en vul 100 in.');
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
    expect(r03.fix?.nl).toBe('Verhoog Basispakket medewerkers naar 14: kies Wijzigen en vul 14 in.');

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

  it('says which future licences it could not count instead of naming a shortfall', () => {
    const result = check(lines, [
      { product: 'Basispakket medewerkers', quantity: null },
      { product: 'Basispakket leerlingen/studenten', quantity: 10 },
      { product: 'Onbekend pakket', quantity: 3 },
    ]);
    expect(ids(result.findings)).toEqual(['R03@0']);
    const r03 = only(result.findings, 'R03');
    expect(r03.severity).toBe('info');
    expect(r03.message.nl).toContain("kan Vinkje 'Basispakket medewerkers' en 'Onbekend pakket' niet meetellen");
    expect(result.notices.map((n) => n.code)).toEqual(['future-license-unreadable', 'future-license-not-recognised']);
    expect(result.notices[1]?.message.nl).toContain('Onbekend pakket');
    expect(result.complete).toBe(false);
  });
});

describe('unknown is not zero: a future licence Vinkje cannot place', () => {
  const a3Staff = line('Microsoft 365 A3 medewerkers', '1.996');

  it('a Basispakket without a user type makes R03 info, with where to look and no shortfall', () => {
    const result = check([a3Staff], [{ product: 'Basispakket', quantity: 1996 }]);
    const r03 = only(result.findings, 'R03');
    expect(r03.severity).toBe('info');
    expect(r03.variant).toBe('base-unknown');
    expect(r03.numbers).toEqual({ a3: 1996, needed: 1996 });
    expect(r03.message.nl).toBe(
      "Na deze bestelling heb je 1.996 Microsoft 365 A3 medewerkers. Vinkje weet niet of je genoeg Basispakketten medewerkers hebt: bij je toekomstige licenties kan Vinkje 'Basispakket' niet meetellen.",
    );
    expect(r03.fix?.nl).toBe(
      "Kijk bij Licenties → Toekomstige licenties hoeveel Basispakketten medewerkers je hebt. Zijn dat er minder dan 1.996, bestel dan het verschil extra: klik onder de winkelwagen op 'Andere licentie van Microsoft bestellen'.",
    );
    for (const text of [r03.message.nl, r03.fix?.nl ?? '']) expect(text).not.toMatch(/tekort|Bestel 1\.996/);
    expect(result.notices.map((n) => n.code)).toEqual(['future-license-no-user-type']);
  });

  it('a name Vinkje does not know affects the base packages of the user type it names', () => {
    const lines = [a3Staff, line('Microsoft 365 A3 leerlingen/studenten', '21.000')];
    const result = check(lines, [...base(1990, 20000), { product: 'Kernpakket medewerkers', quantity: 6 }]);
    expect(only(result.findings, 'R03').severity).toBe('info');
    // The students' base packages are all known: their shortfall is a fact.
    const r04 = only(result.findings, 'R04');
    expect(r04.severity).toBe('error');
    expect(r04.numbers.shortfall).toBe(1000);
  });

  it('the fix asks for the number Toekomstige licenties must show, apart from the cart line', () => {
    const lines = [line('Basispakket medewerkers', '10'), line('Microsoft 365 A3 medewerkers', '2.004')];
    const r03 = only(check(lines, [{ product: 'Basispakket', quantity: 1990 }]).findings, 'R03');
    expect(r03.numbers.needed).toBe(1994);
    expect(r03.fix?.nl).toContain('Zijn dat er minder dan 1.994, verhoog dan Basispakket medewerkers met het verschil');
  });

  it('passes when the base packages counted already cover the A3, whatever else is unknown', () => {
    const result = check([a3Staff], [...base(2000, 0), { product: 'Onbekend pakket', quantity: 3 }]);
    expect(result.findings).toEqual([]);
    expect(result.complete).toBe(false);
  });

  it('R07: no base package counted while one could not be placed is info, not an error', () => {
    const result = check([line('Windows Server Standard core', '16')], [{ product: 'Basispakket', quantity: 50 }]);
    const r07 = only(result.findings, 'R07');
    expect(r07.severity).toBe('info');
    expect(r07.message.nl).toBe(
      "Voor Windows Server Standard core heb je Basispakketten nodig. Vinkje weet niet of je die hebt: bij je toekomstige licenties kan Vinkje 'Basispakket' niet meetellen.",
    );
    expect(r07.fix?.nl).toContain('Kijk bij Licenties → Toekomstige licenties of daar Basispakketten staan');
  });

  it('an A3 without a user type in the future licences does not make R01 claim too many A5', () => {
    const result = check([line('Microsoft 365 A5 medewerkers (step-up)', '100')], [...PLENTY, { product: 'Microsoft 365 A3', quantity: 100 }]);
    expect(ids(result.findings)).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['future-license-no-user-type']);
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
    expect(r05.fix?.nl).toBe('Verlaag Microsoft Defender Suite medewerkers naar 100: kies Wijzigen en vul 100 in.');
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
    expect(only(result.findings, 'R07').message.nl).toContain('geen Basispakketten medewerkers');
  });

  it('flags a server product only when there are no base packages at all', () => {
    expect(ids(check([line('Windows Server Standard core', '16')], base(0, 0)).findings)).toEqual(['R07@0']);
    expect(check([line('Windows Server Standard core', '16')], base(0, 1)).findings).toEqual([]);
  });

  it('does not flag a line set to 0', () => {
    expect(ids(check([line('Visio Plan 2', '0')], base(0, 0)).findings)).toEqual(['R13@0']);
  });
});

describe('R08: a quantity typed wrong, or one Vinkje could not read', () => {
  it('a number typed wrong is an error that says what to change', () => {
    const r08 = only(check([line('Microsoft 365 A3 medewerkers', '1,5')]).findings, 'R08');
    expect(r08.severity).toBe('error');
    expect(r08.message.nl).toBe(
      'Bij Microsoft 365 A3 medewerkers staat "1,5". Vul een geheel aantal in, zonder cijfers achter de komma.',
    );
    expect(r08.fix?.nl).toBe('Kies bij Microsoft 365 A3 medewerkers Wijzigen en vul het totaal in als geheel getal, bijvoorbeeld 1996.');
  });

  it.each(['-3', '1,5', '1.99', '1,996', '+4', '99999999'])('"%s" is the user’s to fix: an error', (text) => {
    expect(only(check([line('Visio Plan 2', text)]).findings, 'R08').severity).toBe('error');
  });

  it('text that is no number at all is info: Vinkje could not read it, and does not blame the user', () => {
    const r08 = only(check([line('Microsoft 365 A3 medewerkers', 'Wijzigen')]).findings, 'R08');
    expect(r08.severity).toBe('info');
    expect(r08.message.nl).toBe(
      'Vinkje kon dit aantal niet lezen: bij Microsoft 365 A3 medewerkers staat "Wijzigen". Controles die dit aantal nodig hebben, zijn overgeslagen.',
    );
    expect(r08.message.en).toContain('Vinkje could not read this quantity');
    expect(r08.fix?.nl).toBe(
      'Kijk in de winkelwagen welk aantal er bij Microsoft 365 A3 medewerkers staat. Klopt het niet, kies dan Wijzigen en vul het totaal in.',
    );
  });

  it('no text at all is info too, and says so', () => {
    const r08 = only(check([line('Visio Plan 2', '')]).findings, 'R08');
    expect(r08.severity).toBe('info');
    expect(r08.message.nl).toContain('vond Vinkje geen aantal');
    const nan = only(check([{ product: 'Visio Plan 2', quantityText: '', quantity: Number.NaN }]).findings, 'R08');
    expect(nan.severity).toBe('info');
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
    expect(bad.findings[0]?.severity).toBe('error');
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
    expect(finding.fix?.nl).toBe(`Verhoog ${product} naar ${target}: kies Wijzigen en vul ${target} in.`);
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
    expect(r15.numbers).toEqual({ otherLine: 1, total: 15 });
    expect(r15.message.nl).toContain('ook op regel 1');
    expect(r15.fix?.nl).toBe(
      'Wil je ze samen op één regel? Kies op regel 1 Wijzigen en vul 15 in. Verwijder daarna deze regel: kies Verwijderen en daarna Opzeggen.',
    );

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
    // 'abc' is a quantity Vinkje could not read (info); '1,5' one typed wrong (error).
    expect(ids(result.findings)).toEqual(['R08@4', 'R12@1', 'R14@0', 'R08@2', 'R13@3']);
  });
});

describe('fixes a person can follow in the shop', () => {
  it('never says "lower to 0": a line that must go is removed with Verwijderen → Opzeggen', () => {
    // 10 A5 owned and 30 in the cart against 10 A3: the 30 in the cart must go entirely.
    const result = check([line('Microsoft 365 A5 medewerkers (step-up)', '30')], [...PLENTY, { product: 'Microsoft 365 A3 medewerkers', quantity: 10 }, { product: 'Microsoft 365 A5 medewerkers', quantity: 10 }]);
    const r01 = only(result.findings, 'R01');
    expect(r01.fix?.nl).toBe('Verwijder Microsoft 365 A5 medewerkers (step-up): kies Verwijderen en daarna Opzeggen.');
    expect(r01.fix?.en).toBe('Remove Microsoft 365 A5 medewerkers (step-up): choose Verwijderen (remove) and then Opzeggen (cancel).');

    const r05 = only(check([line('Microsoft Defender Suite medewerkers', '50')], [...PLENTY, { product: 'Microsoft Defender Suite medewerkers', quantity: 50 }, { product: 'Microsoft 365 A3 medewerkers', quantity: 40 }]).findings, 'R05');
    expect(r05.fix?.nl).toBe('Verwijder Microsoft Defender Suite medewerkers: kies Verwijderen en daarna Opzeggen.');
  });

  it('A5 without any A3: order A3 or remove the A5', () => {
    const result = check([line('Microsoft 365 A5 leerlingen/studenten (step-up)', '120')]);
    const r02 = only(result.findings, 'R02');
    expect(r02.message.nl).toBe(
      'Na deze bestelling heb je 120 Microsoft 365 A5 leerlingen/studenten, maar geen Microsoft 365 A3 leerlingen/studenten. A5 is een aanvulling (step-up) op A3: zonder A3 kun je geen A5 hebben.',
    );
    expect(r02.fix?.nl).toBe(
      "Bestel 120 Microsoft 365 A3 leerlingen/studenten via 'Andere licentie van Microsoft bestellen' onder de winkelwagen, of verwijder Microsoft 365 A5 leerlingen/studenten (step-up): kies Verwijderen en daarna Opzeggen.",
    );
  });

  it('a surplus already owned, with no cart line to change, asks for A3 to be ordered', () => {
    const future = [...PLENTY, { product: 'Microsoft 365 A3 medewerkers', quantity: 10 }];
    const r01 = only(check([], [...future, { product: 'Microsoft 365 A5 medewerkers', quantity: 12 }]).findings, 'R01');
    expect(r01.fix?.nl).toBe("Bestel 2 extra Microsoft 365 A3 medewerkers: klik onder de winkelwagen op 'Andere licentie van Microsoft bestellen'.");
    const r06 = only(check([line('Microsoft 365 A3 medewerkers', '5')], [...future, { product: 'Microsoft 365 Copilot medewerkers', quantity: 20 }]).findings, 'R06');
    expect(r06.numbers).toEqual({ addon: 20, qualifying: 15, excess: 5, a3Target: 10 });
    expect(r06.fix?.nl).toBe('Verhoog Microsoft 365 A3 medewerkers naar 10: kies Wijzigen en vul 10 in.');
  });

  it('a target is what the cart line must become, also when part of the total is owned already', () => {
    // 100 A3 owned, 80 A5 owned, 50 A5 in the cart: 30 too many, so the cart line goes to 20.
    const r01 = only(check([line('Microsoft 365 A5 medewerkers (step-up)', '50')], [...PLENTY, { product: 'Microsoft 365 A3 medewerkers', quantity: 100 }, { product: 'Microsoft 365 A5 medewerkers', quantity: 80 }]).findings, 'R01');
    expect(r01.numbers).toMatchObject({ excess: 30, target: 20 });
    expect(r01.fix?.nl).toBe('Verlaag Microsoft 365 A5 medewerkers (step-up) naar 20: kies Wijzigen en vul 20 in.');
  });

  it('R15 moves the total of all lines with the product to the first one', () => {
    const result = check([line('Visio Plan 2', '3'), line('Visio Plan 2', '4'), line('Visio Plan 2', '5')]);
    expect(result.findings.filter((f) => f.rule === 'R15').map((f) => f.numbers)).toEqual([
      { otherLine: 1, total: 12 },
      { otherLine: 1, total: 12 },
    ]);
    const unreadable = only(check([line('Visio Plan 2', '3'), line('Visio Plan 2', '1,5')]).findings, 'R15');
    expect(unreadable.fix?.nl).toBe('Zet het totaal op regel 1: kies daar Wijzigen. Verwijder daarna deze regel: kies Verwijderen en daarna Opzeggen.');
  });
});

describe('plurals', () => {
  it('one Basispakket, many Basispakketten', () => {
    const one = only(check([line('Microsoft 365 A3 medewerkers', '1.001')], base(1000, 0)).findings, 'R03');
    expect(one.message.nl).toContain('maar 1.000 Basispakketten medewerkers');
    expect(one.fix?.nl).toContain('Bestel 1 extra Basispakket medewerkers:');
    const many = only(check([line('Microsoft 365 A3 medewerkers', '1.996')], base(1000, 0)).findings, 'R03');
    expect(many.fix?.nl).toContain('Bestel 996 extra Basispakketten medewerkers:');
    const single = only(check([line('Microsoft 365 A3 medewerkers', '2')], base(1, 0)).findings, 'R03');
    expect(single.message.nl).toContain('maar 1 Basispakket medewerkers');
  });

  it('one A3 licence, one core', () => {
    const r06 = only(check([line('Microsoft 365 A3 medewerkers', '1'), line('Microsoft 365 Copilot medewerkers', '2')]).findings, 'R06');
    expect(r06.message.nl).toContain('maar 1 Microsoft 365 A3-licentie voor medewerkers');
    expect(r06.message.en).toContain('but 1 Microsoft 365 A3 licence for staff');
    const r12 = only(check([line('SQL Server Standard core', '1')]).findings, 'R12');
    expect(r12.message.nl).toContain('Bij SQL Server Standard core staat 1; dat is 1 core.');
  });
});
