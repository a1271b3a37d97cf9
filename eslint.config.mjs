import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Next's rules plus Verdict's layering (DESIGN.md "Layers"): components never
 * reach the database, and SQL stays in lib/ and db/.
 */
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.data/**', 'node_modules/**', 'db/migrations/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres'], message: 'Components never touch the database: take data as props from a page.' },
            { group: ['@/lib/*/queries', '@/lib/*/mutations', '@/lib/*/accounts'], allowTypeImports: true, message: 'Components read no data: pages pass it in.' },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres'], message: 'Pages read through named query functions in lib/.' },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
];

export default config;
