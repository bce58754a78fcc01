// Lint: TypeScript-aware rules, and no way for page or user text to reach HTML parsing.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and user text must never be parsed as HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent; page and user text must never be parsed as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page and user text must never be parsed as HTML.' },
      ],
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
    // The simulated shop is a server that renders HTML strings by design (escaped at every insertion).
    files: ['test/site/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
);
