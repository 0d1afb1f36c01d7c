// Flat ESLint config. The import-boundary rules (style.md) are the point of it:
// which runtime each folder belongs to is enforced here, not by convention.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  group: ['electron', 'electron/*', 'electron-log', 'electron-log/*'],
  message: '只有桌面外壳 (electron/shell) 与 preload 可以引入 electron。',
};
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'url', 'worker_threads'],
  message: '此处不可使用 Node 模块。',
};
const reactAndUi = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mui/*', 'recharts'],
  message: '界面库只属于 renderer/。',
};
const rendererCode = { group: ['**/renderer/**'], message: '不可引入 renderer/ 的代码。' };
const mainCode = { group: ['**/electron/**', '!**/electron/shell/**'], message: '不可引入主进程代码。' };

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      'tests/artifacts',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // One way to write (design.md): writeTransaction begins IMMEDIATE, so a second writer waits instead of failing.
    files: ['electron/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/core/db/tx.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: '请使用 db/tx.ts 的 writeTransaction（BEGIN IMMEDIATE）或 readSnapshot。',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            nodeBuiltins,
            reactAndUi,
            rendererCode,
            { group: ['**/electron/**'], message: 'shared/ 不可引入主进程代码。' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/serve.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            reactAndUi,
            rendererCode,
            { group: ['**/shell/**'], message: 'core 不可引入桌面外壳。' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [reactAndUi, rendererCode] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', { patterns: [electronOnly, nodeBuiltins, mainCode] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
