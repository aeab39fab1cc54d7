import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layering of docs/architecture.md, checked on every import. Relative imports only: the
 * code never imports its own folders by package name. `(\.\./)+` catches `../x/` from a
 * folder's top and `../../x/` from a subfolder alike.
 */
const upTo = (folders) => `^(\\.\\./)+(${folders.join('|')})/`;

/** The framework-free domain core: no React, Electron, DOM or Node built-ins. */
const frameworks = {
  group: ['react', 'react-*', '@xyflow/*', 'zustand', 'electron', 'node:*', 'fs', 'path'],
  message: 'shared/ is the framework-free domain core.',
};
const sharedOutward = {
  regex: upTo(['renderer', 'electron', 'cli']),
  message:
    'shared/ is used by the renderer, the desktop shell and the CLI, never the other way (docs/architecture.md).',
};

/**
 * The folders of shared/, lowest first, each with the folders it may use. Nothing in shared/
 * uses xml/; platform/ is the contract between the renderer and the desktop shell, and no
 * domain folder uses it either.
 */
const sharedLayers = {
  i18n: [],
  model: ['i18n'],
  rules: ['i18n', 'model'],
  procedures: ['i18n', 'model', 'rules'],
  simulation: ['i18n', 'model', 'rules', 'procedures'],
  runbooks: ['i18n', 'model', 'rules', 'procedures', 'simulation'],
  report: ['i18n', 'model', 'rules', 'procedures', 'simulation', 'runbooks'],
  // The picture of a design; it escapes text as the report does (report/html.ts).
  diagram: ['i18n', 'model', 'rules', 'simulation', 'report'],
  xml: ['i18n', 'model'],
  platform: ['model'],
};
const sharedFolders = Object.keys(sharedLayers);

function restrict(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

function layerConfigs() {
  return [
    { files: ['shared/**/*.ts'], languageOptions: { globals: {} } },
    restrict(['shared/**/*.ts'], [frameworks, sharedOutward]),
    ...Object.entries(sharedLayers).map(([folder, uses]) => {
      const below = uses.length > 0 ? uses.map((f) => `${f}/`).join(', ') : 'no other folder of shared/';
      return restrict(
        [`shared/${folder}/**/*.ts`],
        [
          frameworks,
          sharedOutward,
          {
            regex: upTo(sharedFolders.filter((f) => f !== folder && !uses.includes(f))),
            message: `shared/${folder}/ may use only ${below} (docs/architecture.md).`,
          },
        ],
      );
    }),
    restrict(
      ['renderer/**/*.{ts,tsx}'],
      [
        {
          regex: upTo(['electron', 'cli']),
          message: 'The renderer uses shared/ only; it runs in the page (docs/architecture.md).',
        },
      ],
    ),
    restrict(
      ['electron/**/*.ts'],
      [
        {
          regex: upTo(['renderer', 'cli']),
          message:
            'The desktop shell uses shared/ only; the renderer is the page it loads (docs/architecture.md).',
        },
      ],
    ),
    restrict(
      ['cli/**/*.ts'],
      [
        {
          regex: upTo(['renderer', 'electron']),
          message: 'The CLI uses shared/ only (docs/architecture.md).',
        },
      ],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-web/',
      'release/',
      'test-results/',
      'coverage/',
      'fuzz-failures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerConfigs(),
  {
    // Tests poke at raw JSON to build broken files on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
