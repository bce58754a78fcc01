/**
 * The products Vinkje recognises, by name pattern. Names change between licence years (Microsoft
 * renamed "M365 A5 Security" to "Microsoft Defender Suite" in October 2025), so a rename is a change
 * here, never in the matcher. Prepared carts are filled with last year's participations, so old
 * names stay listed next to new ones.
 *
 * Patterns are regular-expression sources matched against the normalised name: lower case, dashes,
 * brackets and punctuation turned into single spaces (see normaliseProductName). Every pattern must
 * match one family only; catalogue-data.test.ts checks that against every example below.
 */

export const PRODUCT_FAMILIES = [
  'base',
  'a3',
  'a5',
  'security',
  'compliance',
  'copilot',
  'windows-server',
  'sql-server',
  'other-known',
] as const;
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

export const USER_TYPES = ['staff', 'students'] as const;
export type UserType = (typeof USER_TYPES)[number];

export interface CatalogueExample {
  name: string;
  /** How the name must be read; null for products not sold per user type or without a user word. */
  userType: UserType | null;
}

export interface CatalogueEntry {
  /** Stable identity: two lines with the same id and user type are the same product. */
  id: string;
  family: ProductFamily;
  /** The shop's usual name without the user type, used in messages when no cart line names it. */
  label: string;
  /** true: licensed per user type (medewerkers or leerlingen/studenten). */
  perUserType: boolean;
  /** The name matches the entry when it matches one of these... */
  patterns: string[];
  /** ...and none of these (e.g. "A5" that is really the old name of an add-on). */
  exclude?: string[];
  examples: CatalogueExample[];
}

export interface CatalogueData {
  /** Whole words that say who a licence is for. */
  userTypeWords: Record<UserType, string[]>;
  /** Used for any licence year without its own entry in byYear. */
  defaultEntries: CatalogueEntry[];
  /** A licence year whose product names differ gets its own full list here. */
  byYear: Record<number, CatalogueEntry[]>;
}

// "Microsoft 365", "M365" or "MS 365", optionally followed by "Educatie"/"Education".
const M365 = '(?:microsoft 365|m365|ms 365)(?: (?:educatie|education|edu))?';
// A3/A5 names must not swallow the add-ons that carry "A5" in their old names.
const ADD_ON_WORDS = ['\\b(?:security|compliance|copilot|defender|purview)\\b'];
// Client access licences are not core licences.
const CAL_WORDS = ['\\bcals?\\b'];

const DEFAULT_ENTRIES: CatalogueEntry[] = [
  {
    id: 'base',
    family: 'base',
    label: 'Basispakket',
    perUserType: true,
    patterns: ['\\bbasispakket(?:ten)?\\b'],
    examples: [
      { name: 'Basispakket medewerkers', userType: 'staff' },
      { name: 'Basispakket leerlingen/studenten', userType: 'students' },
      { name: 'Microsoft Basispakket leerlingen/studenten', userType: 'students' },
      { name: 'Microsoft Basispakket docenten', userType: 'staff' },
    ],
  },
  {
    id: 'a3',
    family: 'a3',
    label: 'Microsoft 365 A3',
    perUserType: true,
    patterns: [`\\b${M365} a3\\b`],
    exclude: ADD_ON_WORDS,
    examples: [
      { name: 'Microsoft 365 A3 medewerkers', userType: 'staff' },
      { name: 'Microsoft 365 A3 leerlingen/studenten', userType: 'students' },
      { name: 'M365 A3 Faculty', userType: 'staff' },
      { name: 'Microsoft 365 Educatie A3 voor medewerkers', userType: 'staff' },
      { name: 'Microsoft 365 A3 students', userType: 'students' },
      { name: 'Microsoft 365 A3 personeel', userType: 'staff' },
    ],
  },
  {
    id: 'a5',
    family: 'a5',
    label: 'Microsoft 365 A5',
    perUserType: true,
    patterns: [`\\b${M365} a5\\b`],
    exclude: ADD_ON_WORDS,
    examples: [
      { name: 'Microsoft 365 A5 medewerkers (step-up)', userType: 'staff' },
      { name: 'Microsoft 365 A5 leerlingen/studenten (step-up)', userType: 'students' },
      { name: 'M365 A5 Faculty', userType: 'staff' },
      { name: 'Microsoft 365 Educatie A5 voor studenten', userType: 'students' },
    ],
  },
  {
    id: 'defender-suite',
    family: 'security',
    label: 'Microsoft Defender Suite',
    perUserType: true,
    // "A5 Security" is the name before October 2025.
    patterns: ['\\bdefender suite\\b', `\\b(?:${M365} )?a5 security\\b`],
    examples: [
      { name: 'Microsoft Defender Suite medewerkers', userType: 'staff' },
      { name: 'Microsoft Defender Suite leerlingen/studenten', userType: 'students' },
      { name: 'A5 Security medewerkers', userType: 'staff' },
      { name: 'M365 A5 Security', userType: null },
      { name: 'Microsoft 365 A5 Security staff', userType: 'staff' },
    ],
  },
  {
    id: 'e5-security',
    family: 'security',
    label: 'Microsoft 365 E5 Security',
    perUserType: true,
    patterns: [`\\b(?:${M365} )?e5 security\\b`],
    examples: [
      { name: 'Microsoft 365 E5 Security', userType: null },
      { name: 'Microsoft 365 E5 Security medewerkers', userType: 'staff' },
    ],
  },
  {
    id: 'purview-suite',
    family: 'compliance',
    label: 'Microsoft Purview Suite',
    perUserType: true,
    // "A5 Compliance" is the name before October 2025.
    patterns: ['\\bpurview suite\\b', `\\b(?:${M365} )?a5 compliance\\b`],
    examples: [
      { name: 'Microsoft Purview Suite medewerkers', userType: 'staff' },
      { name: 'A5 Compliance', userType: null },
      { name: 'M365 A5 Compliance leerlingen', userType: 'students' },
    ],
  },
  {
    id: 'e5-compliance',
    family: 'compliance',
    label: 'Microsoft 365 E5 Compliance',
    perUserType: true,
    patterns: [`\\b(?:${M365} )?e5 compliance\\b`],
    examples: [
      { name: 'E5 Compliance', userType: null },
      { name: 'Microsoft 365 E5 Compliance medewerkers', userType: 'staff' },
    ],
  },
  {
    id: 'copilot',
    family: 'copilot',
    label: 'Microsoft 365 Copilot',
    perUserType: true,
    // Copilot Studio is capacity for building agents, not a per-user licence.
    patterns: ['\\bcopilot\\b'],
    exclude: ['\\bstudio\\b'],
    examples: [
      { name: 'Microsoft 365 Copilot medewerkers', userType: 'staff' },
      { name: 'Microsoft 365 Copilot for Faculty', userType: 'staff' },
    ],
  },
  {
    id: 'windows-server-standard',
    family: 'windows-server',
    label: 'Windows Server Standard core',
    perUserType: false,
    patterns: ['\\bwindows server\\b.*\\bstandard\\b.*\\bcores?\\b'],
    exclude: CAL_WORDS,
    examples: [
      { name: 'Windows Server Standard core', userType: null },
      { name: 'Windows Server 2025 Standard - 2 core pack', userType: null },
    ],
  },
  {
    id: 'windows-server-datacenter',
    family: 'windows-server',
    label: 'Windows Server Datacenter core',
    perUserType: false,
    patterns: ['\\bwindows server\\b.*\\bdatacenter\\b.*\\bcores?\\b'],
    exclude: CAL_WORDS,
    examples: [
      { name: 'Windows Server Datacenter - 2 core pack', userType: null },
      { name: 'Windows Server Datacenter core', userType: null },
    ],
  },
  {
    id: 'sql-server-standard',
    family: 'sql-server',
    label: 'SQL Server Standard core',
    perUserType: false,
    patterns: ['\\bsql server\\b.*\\bstandard\\b.*\\bcores?\\b'],
    exclude: CAL_WORDS,
    examples: [
      { name: 'SQL Server Standard core', userType: null },
      { name: 'SQL Server Standard - 2 core pack', userType: null },
    ],
  },
  {
    id: 'sql-server-enterprise',
    family: 'sql-server',
    label: 'SQL Server Enterprise core',
    perUserType: false,
    patterns: ['\\bsql server\\b.*\\benterprise\\b.*\\bcores?\\b'],
    exclude: CAL_WORDS,
    examples: [{ name: 'SQL Server Enterprise core', userType: null }],
  },
  {
    id: 'windows-server-cal',
    family: 'other-known',
    label: 'Windows Server CAL',
    perUserType: false,
    patterns: ['\\bwindows server\\b.*\\bcals?\\b'],
    examples: [{ name: 'Windows Server CAL (device)', userType: null }],
  },
  {
    id: 'sql-server-cal',
    family: 'other-known',
    label: 'SQL Server CAL',
    perUserType: false,
    patterns: ['\\bsql server\\b.*\\bcals?\\b'],
    examples: [{ name: 'SQL Server CAL', userType: null }],
  },
  {
    id: 'visio',
    family: 'other-known',
    label: 'Visio',
    perUserType: false,
    patterns: ['\\bvisio\\b'],
    examples: [
      { name: 'Visio Plan 2', userType: null },
      { name: 'Microsoft Visio Plan 1', userType: null },
    ],
  },
  {
    id: 'project',
    family: 'other-known',
    label: 'Project',
    perUserType: false,
    patterns: ['\\bproject (?:plan|online)\\b'],
    examples: [
      { name: 'Project Plan 3', userType: null },
      { name: 'Microsoft Project Plan 5', userType: null },
    ],
  },
  {
    id: 'power-bi-pro',
    family: 'other-known',
    label: 'Power BI Pro',
    perUserType: false,
    patterns: ['\\bpower bi pro\\b'],
    examples: [{ name: 'Power BI Pro', userType: null }],
  },
];

export const CATALOGUE: CatalogueData = {
  userTypeWords: {
    staff: ['medewerkers', 'medewerker', 'docenten', 'docent', 'personeel', 'faculty', 'staff'],
    students: ['leerlingen', 'leerling', 'studenten', 'student', 'students'],
  },
  defaultEntries: DEFAULT_ENTRIES,
  // No licence year has different names yet. When one does (the 2022–2026 contract ends on
  // 31-12-2026), give it a full list here, e.g. 2027: [...DEFAULT_ENTRIES, renamedEntry].
  byYear: {},
};
