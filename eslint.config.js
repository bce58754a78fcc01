// Lint: TypeScript-aware rules, and no way for page or user text to reach HTML parsing.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

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
    files: ['lib/content/**', 'lib/site/**', 'lib/core/**', 'components/**', 'entrypoints/shop.content/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/messages'], allowTypeImports: true, message: 'Import only types from lib/messages.ts here: it brings zod into the content script.' }] },
      ],
    },
  },
  {
    // The simulated shop is a server that renders HTML strings by design (escaped at every insertion).
    files: ['test/site/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
);
