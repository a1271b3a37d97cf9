import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Next's rules plus Verdict's layering (DESIGN.md "Layers"): components never
 * reach the database, SQL stays in lib/ and db/, lib/ never imports
 * components and db/ never imports lib/.
 */
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'db/migrations/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres'],
              message: 'Components never touch the database: take data as props from a page.',
            },
            {
              group: ['@/lib/*/queries', '@/lib/*/mutations', '@/lib/*/accounts'],
              allowTypeImports: true,
              message: 'Components read no data: pages pass it in.',
            },
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
            {
              group: ['@/db', '@/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres'],
              message: 'Pages read through named query functions in lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain logic knows nothing of how it is shown.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components', '@/components/*', '../components/*', '../../components/*', '../../../components/*'],
              message: 'lib/ never imports components: a server action that renders lives beside the routes (app/_actions).',
            },
          ],
        },
      ],
    },
  },
  {
    // The schema, client and seeds stand below the domain: what they need from it is handed in.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib', '@/lib/*', '../lib/*', '../../lib/*', '../../../lib/*'],
              message: 'db/ never imports lib/: take what the domain decides as an argument (see db/seed/index.ts SeedOptions).',
            },
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
];

export default config;
