// @ts-check
// The lint `npm test` runs (npm run lint): ESLint's and typescript-eslint's
// recommended rules over all the code — server, schema, web, tests, bench,
// scripts, seed and the tool configs — without type information (tsc checks
// types: npm run typecheck), so it takes seconds. The few settings below say
// where the codebase's deliberate style differs from the defaults.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // generated/: the types `npm run codegen` writes from the SDL (codegen.ts), checked by tsc, not written by hand
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'test-results/', 'bench/results/', 'test/neo4j-server/target/', 'server/graphql/generated/', 'web/src/generated/'] },
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    // a disable comment that no longer disables anything is itself a finding
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // a leading underscore marks a name kept on purpose: a parameter a callback must accept,
      // or a field taken out of an object so that `...rest` goes on without it
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `cond ? a() : b()` as a statement picks which of two calls runs; still refused: a bare value,
      // a comparison where an assignment was meant, and `a && b()` (an `if` says it plainer)
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
    },
  },
  {
    // tests drill into GraphQL answers they have just asserted on: `Record<string, any>` there is
    // JSON read back, not a type that code relies on (server, schema, web and bench have no `any`)
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
