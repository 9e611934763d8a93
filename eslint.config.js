// The process boundary is enforced here, not in review: the renderer never
// reaches Node or Electron, shared/ stays pure, and only the thin shell files
// in electron/ import 'electron'.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];
const noNodePatterns = nodeBuiltins.map((name) => ({ group: [name], message: 'Alleen de kern (electron/core) mag Node gebruiken.' }));
const noElectron = { name: 'electron', message: 'Alleen de dunne Electron-schil importeert electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'better-sqlite3', message: 'Geen database buiten de kern.' }, { name: 'kysely', message: 'Geen SQL buiten de kern.' }],
        patterns: [...noNodePatterns, { group: ['**/electron/**'], message: 'De renderer en shared/ kennen de hoofdprocescode niet.' }],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'react', message: 'shared/ is puur: geen React.' }, { name: 'kysely', message: 'Geen SQL in shared/.' }],
        patterns: [...noNodePatterns, { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ importeert geen andere laag.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/window.ts', 'electron/security.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/dialogs.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/renderer/**'], message: 'De kern kent de renderer niet.' }] }],
    },
  },
  {
    // The core's layers: handlers/ composes services/, export/ and exchange/; a service never reaches up.
    files: ['electron/core/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [
          { group: ['**/renderer/**'], message: 'De kern kent de renderer niet.' },
          { group: ['**/core/handlers', '**/core/handlers/**', '../../handlers', '../../handlers/**', '../../export', '../../export/**', '../../exchange', '../../exchange/**', '../export', '../export/**', '../exchange', '../exchange/**'], message: 'Een service importeert geen handlers, export of uitwisseling: die staan erboven.' },
        ],
      }],
    },
  },
);
