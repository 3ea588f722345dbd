// ESLint flat config: `npm run lint` (ESLint, then `prettier --check`). Not type-aware: fast enough for a
// pre-commit run; `npm run typecheck` is the type check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    // Build output, generated code and installed packages.
    ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'knowledge/generated/', 'demo-output/', 'test-results/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // `_name` marks a value that is deliberately unused (a skipped tuple slot, a rest sibling, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react },
    languageOptions: { ...react.configs.flat.recommended.languageOptions, globals: globals.browser },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      // Props are typed with TypeScript; propTypes would repeat the types at run time.
      'react/prop-types': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    // Node-only code has no React (the e2e tests' useTactBrowser is a vitest fixture, not a hook).
    ignores: ['scripts/**', 'tests/e2e/**'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // role="list" on a list-style: none list is not redundant: Safari/VoiceOver drops the list semantics otherwise.
      'jsx-a11y/no-redundant-roles': ['error', { nav: ['navigation'], ul: ['list'], ol: ['list'] }],
    },
  },
  {
    // Node: the CLIs, the bench, the test runner's side and the configs.
    files: ['scripts/**', 'tests/**', 'utils/detection/tools/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The fixture sites' own page scripts: classic <script>s in a browser page, sharing window globals.
    files: ['tests/fixtures/sites/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
