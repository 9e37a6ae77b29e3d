// ESLint flat config: TypeScript (syntax-only rules, fast), Lit and web-component rules, and
// the project's safety rules — no raw HTML into the DOM (see CONVENTIONS.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import lit from 'eslint-plugin-lit'
import wc from 'eslint-plugin-wc'
import globals from 'globals'

const RAW_HTML_IMPORTS = [
  { name: 'lit/directives/unsafe-html.js', message: 'Render structured content with Lit templates; raw HTML is not allowed.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Build SVG with Lit svg`` templates; raw SVG is not allowed.' },
  { name: 'lit-html/directives/unsafe-html.js', message: 'Render structured content with Lit templates; raw HTML is not allowed.' },
  { name: 'lit-html/directives/unsafe-svg.js', message: 'Build SVG with Lit svg`` templates; raw SVG is not allowed.' },
]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/custom-elements.json',
      '**/*.tsbuildinfo',
      '.cache/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    rules: {
      'no-restricted-imports': ['error', { paths: RAW_HTML_IMPORTS }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Do not assign innerHTML/outerHTML; render with Lit templates.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Do not insert raw HTML; render with Lit templates.',
        },
      ],
      // `_`-prefixed names are deliberately unused (placeholders, rest siblings).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['packages/**', 'kiosk/**', 'stories/**', 'test/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'packages/*/bin/**', 'packages/*/scripts/**', 'kiosk/scripts/**', 'packages/server/**', 'bench/**', 'test/node/**', 'test/e2e/**', '.ci/**', '*.config.{js,mjs,ts}', 'vite.config.ts', '.storybook/main.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser tests use mocha's globals (describe/it/before…).
    files: ['test/**/*.ts'],
    ignores: ['test/node/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // chai assertions are expressions: expect(x).to.exist
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests feed deliberately malformed data through casts.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
)
