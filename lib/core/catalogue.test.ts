import { describe, expect, it } from 'vitest';
import type { CatalogueData } from './catalogue-data';
import { normaliseProductName, recogniseProduct } from './catalogue';

const YEAR = 2027;

describe('recogniseProduct', () => {
  it.each([
    ['Basispakket medewerkers', 'base', 'staff'],
    ['Microsoft Basispakket leerlingen/studenten', 'base', 'students'],
    ['Microsoft 365 A3 medewerkers', 'a3', 'staff'],
    ['M365 A3 Faculty', 'a3', 'staff'],
    ['Microsoft 365 Educatie A3 voor medewerkers', 'a3', 'staff'],
    ['microsoft 365 a3 leerlingen/studenten', 'a3', 'students'],
    ['Microsoft 365 A5 medewerkers (step-up)', 'a5', 'staff'],
    ['A5 Security medewerkers', 'security', 'staff'],
    ['M365 A5 Security docenten', 'security', 'staff'],
    ['Microsoft Defender Suite medewerkers', 'security', 'staff'],
    ['Microsoft 365 E5 Security studenten', 'security', 'students'],
    ['A5 Compliance personeel', 'compliance', 'staff'],
    ['Microsoft Purview Suite medewerkers', 'compliance', 'staff'],
    ['E5 Compliance leerlingen', 'compliance', 'students'],
    ['Microsoft 365 Copilot medewerkers', 'copilot', 'staff'],
    ['Windows Server Standard core', 'windows-server', null],
    ['Windows Server Datacenter - 2 core pack', 'windows-server', null],
    ['SQL Server Standard core', 'sql-server', null],
    ['Visio Plan 2', 'other-known', null],
    ['Project Plan 3', 'other-known', null],
  ])('%s → %s / %s', (name, family, userType) => {
    const product = recogniseProduct(name, YEAR);
    expect(product?.family).toBe(family);
    expect(product?.userType).toBe(userType);
    expect(product?.name).toBe(name);
  });

  it('treats the old and the new name of an add-on as the same product', () => {
    expect(recogniseProduct('M365 A5 Security medewerkers', YEAR)?.id).toBe(
      recogniseProduct('Microsoft Defender Suite medewerkers', YEAR)?.id,
    );
    expect(recogniseProduct('A5 Compliance medewerkers', YEAR)?.id).toBe(
      recogniseProduct('Microsoft Purview Suite medewerkers', YEAR)?.id,
    );
  });

  it('does not take an A5 add-on for the A5 licence itself', () => {
    expect(recogniseProduct('Microsoft 365 A5 Security medewerkers', YEAR)?.family).toBe('security');
    expect(recogniseProduct('Microsoft 365 A5 Compliance medewerkers', YEAR)?.family).toBe('compliance');
  });

  it.each(['Minecraft Education leerlingen', 'Office 365 A1', 'Copilot Studio', 'Windows Server Standard', '', '   '])(
    'does not recognise %j',
    (name) => {
      expect(recogniseProduct(name, YEAR)).toBeNull();
    },
  );

  it('reads the user type from the name, or none when it says none or both', () => {
    expect(recogniseProduct('Microsoft 365 A3', YEAR)?.userType).toBeNull();
    expect(recogniseProduct('Microsoft 365 A3 medewerkers en studenten', YEAR)?.userType).toBeNull();
    expect(recogniseProduct('Microsoft 365 A3 medewerkers', YEAR)?.label).toBe('Microsoft 365 A3 medewerkers');
    expect(recogniseProduct('M365 A3 Faculty', YEAR)?.label).toBe('Microsoft 365 A3 medewerkers');
  });

  it('counts the cores in a core pack', () => {
    expect(recogniseProduct('Windows Server Datacenter - 2 core pack', YEAR)?.coresPerUnit).toBe(2);
    expect(recogniseProduct('Windows Server Standard core', YEAR)?.coresPerUnit).toBe(1);
  });

  it('uses the patterns of the licence year, and the default for other years', () => {
    const renamed: CatalogueData = {
      userTypeWords: { staff: ['medewerkers'], students: ['studenten'] },
      defaultEntries: [
        { id: 'a3', family: 'a3', label: 'Microsoft 365 A3', perUserType: true, patterns: ['\\ba3\\b'], examples: [] },
      ],
      byYear: {
        2028: [
          { id: 'a3', family: 'a3', label: 'Microsoft 365 Educatie Plus', perUserType: true, patterns: ['\\beducatie plus\\b'], examples: [] },
        ],
      },
    };
    expect(recogniseProduct('Microsoft 365 Educatie Plus medewerkers', 2028, renamed)?.family).toBe('a3');
    expect(recogniseProduct('Microsoft 365 A3 medewerkers', 2028, renamed)).toBeNull();
    expect(recogniseProduct('Microsoft 365 A3 medewerkers', 2027, renamed)?.family).toBe('a3');
    expect(recogniseProduct('Microsoft 365 Educatie Plus medewerkers', 2027, renamed)).toBeNull();
  });

  it('refuses a name that two entries claim instead of picking one', () => {
    const overlapping: CatalogueData = {
      userTypeWords: { staff: ['medewerkers'], students: ['studenten'] },
      defaultEntries: [
        { id: 'x', family: 'a3', label: 'X', perUserType: false, patterns: ['suite'], examples: [] },
        { id: 'y', family: 'security', label: 'Y', perUserType: false, patterns: ['suite'], examples: [] },
      ],
      byYear: {},
    };
    expect(recogniseProduct('Suite', 2027, overlapping)).toBeNull();
  });
});

describe('normaliseProductName', () => {
  it('ignores case, dashes, brackets and extra spaces', () => {
    expect(normaliseProductName('  Microsoft 365 A5 medewerkers (step-up) ')).toBe(
      normaliseProductName('microsoft 365  a5 medewerkers step up'),
    );
    expect(normaliseProductName('Windows Server Datacenter – 2 core pack')).toBe('windows server datacenter 2 core pack');
  });
});
