// Lint: TypeScript-aware rules, and no way for page or user text to reach HTML parsing.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

/** Page and user text must never reach HTML parsing. */
const NO_HTML_PARSING = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and user text must never be parsed as HTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent; page and user text must never be parsed as HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page and user text must never be parsed as HTML.' },
];

/**
 * A pattern that matches the shop's words (its buttons, headings, statuses, paths) belongs in
 * lib/site/labels: elsewhere a regular expression with one of them is refused.
 */
const SHOP_WORD_PATTERNS = {
  selector:
    'Literal[regex.pattern=/winkelwagen|winkelmand|bestelling|bestelnummer|goedgekeurd|goedkeuren|afgehandeld|verlengen|onderwijsinstelling|klantnummer|besteld|geclaimd|openstaand|bestelhistorie|referentie|wijzigen|verwijderen|opzeggen|toekomstige|uiterlijk/i]',
  message: 'A pattern of the shop\'s words belongs in lib/site (labels/), the only place that knows the shop.',
};

/** Only the types of lib/messages.ts: its values bring zod along. */
const MESSAGES_TYPES_ONLY = {
  group: ['**/messages'],
  allowTypeImports: true,
  message: 'Import only types from lib/messages.ts here: it brings zod into the content script.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'bench/tmp/**', 'test/scratch/**', 'demo-screens/**'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...NO_HTML_PARSING],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/messages.ts carries zod; what runs in the shop's page (and the views it shares) may take
    // only its types, or the content script grows by some 25 KB gzip.
    files: ['lib/content/**', 'lib/site/**', 'entrypoints/shop.content/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [MESSAGES_TYPES_ONLY] }] },
  },
  {
    // The layering (README, "How the project is laid out"): lib/core is pure, so it imports no
    // reader, store, background, content script, view or browser API. Tests may reach further.
    files: ['lib/core/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            MESSAGES_TYPES_ONLY,
            {
              group: ['../site', '../site/*', '../store', '../store/*', '../background', '../background/*', '../content', '../content/*', '../../components', '../../components/*'],
              message: 'lib/core is pure: it imports nothing from lib/site, lib/store, lib/background, lib/content or components.',
            },
            { group: ['webextension-polyfill', 'wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'lib/core is pure: no browser API.' },
          ],
        },
      ],
    },
  },
  {
    // The views draw what the background sends; they never read the store or the shop's page themselves.
    files: ['components/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            MESSAGES_TYPES_ONLY,
            {
              group: ['**/lib/store', '**/lib/store/*', '**/lib/site', '**/lib/site/*', '**/lib/site/**'],
              allowTypeImports: true,
              message: 'Views take their data from the background (lib/messages.ts); they do not use the store or the readers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only lib/site knows the shop's words. Vinkje's own phrases (phrase-english.ts) are not the shop's.
    files: ['lib/core/**', 'lib/background/**', 'lib/content/**', 'lib/store/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'lib/core/phrase-english.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML_PARSING, SHOP_WORD_PATTERNS] },
  },
  {
    // The simulated shop is a server that renders HTML strings by design (escaped at every insertion).
    files: ['test/site/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
);
