// Lint: a small rule set on purpose (issue 17): promises are awaited or handled, nothing unused, type-only imports
// marked. Type-aware (the project's tsconfig through the project service), so no-floating-promises sees the types.
// consistent-type-imports leaves files with decorators alone: with emitDecoratorMetadata a class named in a decorated
// signature is a runtime value (type-graphql reads it), and typescript-eslint knows that from the tsconfig.
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'performance', 'fetch', 'AbortController']
    .map((name) => [name, 'readonly']),
);
const unusedVars = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/**', 'bench/.cache/**', 'bench/results/**', 'data/**', 'demo-data/**', 'test/neo4j-server/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': unusedVars,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // plain JavaScript: the scripts (ES modules) and the benchmark's child processes (CommonJS), without types
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs', 'bench/**/*.js'],
    languageOptions: { globals: NODE_GLOBALS },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { 'no-unused-vars': unusedVars, 'no-undef': 'error' },
  },
  { files: ['bench/**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } } },
);
