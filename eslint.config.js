import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layer rules of the developers' guide: domain is pure, ui is presentational,
// features do not reach into each other, only src/db touches Dexie.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const featureNames = [
  'board',
  'filters',
  'plan',
  'reports',
  'settings',
  'roadmap',
  'data',
  'storage',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'test-results-*',
      'node_modules',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      {
        group: [
          '**/app/**',
          '**/db/**',
          '**/state/**',
          '**/features/**',
          '**/ui/**',
          '**/lib/**',
          '**/i18n/**',
        ],
        message: 'domain is pure: the caller hands in words from i18n',
      },
      {
        group: [
          'react',
          'react-dom',
          'dexie',
          'dexie-react-hooks',
          'zustand',
          'i18next',
          'react-i18next',
        ],
        message: 'domain is pure',
      },
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([
      {
        group: [
          '**/db/**',
          '**/state/**',
          '**/features/**',
          'dexie',
          'dexie-react-hooks',
          'zustand',
        ],
        message: 'ui is presentational',
      },
    ]),
  },
  {
    files: ['src/state/**'],
    rules: restrict([
      { group: ['**/db/**', 'dexie', '**/features/**'], message: 'state holds view state only' },
    ]),
  },
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: restrict([
      {
        group: featureNames.filter((n) => n !== name).map((n) => `**/features/${n}/**`),
        message: 'features do not import each other',
      },
      { group: ['dexie'], message: 'only src/db touches Dexie' },
      {
        group: ['**/db/schema'],
        message: 'features read through db/live or db/queries and write through app/writes',
      },
    ]),
  })),
  {
    files: ['src/db/**'],
    rules: restrict([
      {
        group: ['**/features/**', '**/app/**', '**/state/**', '**/ui/**', '**/i18n/**'],
        message: 'src/db imports only domain, lib, itself and Dexie',
      },
      {
        group: ['i18next', 'react-i18next', 'zustand'],
        message: 'src/db imports only domain, lib, itself and Dexie',
      },
    ]),
  },
  {
    files: ['src/app/**', 'src/lib/**'],
    rules: restrict([{ group: ['dexie'], message: 'only src/db touches Dexie' }]),
  },
  {
    // The sync server shares only the pure domain with the app (for validation).
    files: ['server/**'],
    rules: restrict([
      {
        group: ['app', 'db', 'state', 'features', 'ui', 'lib', 'sync', 'i18n'].flatMap((layer) => [
          `**/src/${layer}`,
          `**/src/${layer}/**`,
        ]),
        message: 'the server imports only src/domain from the app',
      },
      {
        group: [
          'react',
          'react-dom',
          'dexie',
          'dexie-react-hooks',
          'zustand',
          'i18next',
          'react-i18next',
        ],
        message: 'the server imports only src/domain from the app',
      },
    ]),
  },
  {
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['vite.config.ts', 'vitest.bench.config.ts', 'playwright.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
