import { readdirSync } from 'node:fs';

import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * lib/'s folders (and its top-level modules), lowest first. Each may import
 * only those before it, never one after it, so no two folders can import
 * each other, directly or round a circle. A new folder takes its place here;
 * code two folders both need moves down to the lower one (or to db/, like
 * db/counters.ts and db/notices.ts), never up.
 */
const LIB_LAYERS = [
  'env',
  'site',
  'url',
  'health',
  'markdown',
  'rate-limit',
  'mail',
  'tokens',
  'badges',
  'notifications',
  'notification-mail',
  'digests',
  'jobs',
  'validation',
  'media',
  'auth',
  'password-reset',
  'sessions',
  'muting',
  'votes',
  'follows',
  'members',
  'verification',
  'films',
  'watchlist',
  'diary',
  'reviews',
  'comments',
  'search',
  'atom',
  'seo',
  'og',
  'moderation',
  'actions',
];

// A folder missing from the list would be held to no order at all, so lint refuses to run without it.
const unlisted = readdirSync(new URL('./lib', import.meta.url), { withFileTypes: true })
  .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/(\.test)?\.tsx?$/, '')))
  .filter((name) => !LIB_LAYERS.includes(name));
if (unlisted.length > 0)
  throw new Error(`Add ${unlisted.map((name) => `lib/${name}`).join(', ')} to LIB_LAYERS in eslint.config.mjs`);

const COMPONENTS_IN_LIB = {
  group: ['@/components', '@/components/*', '../components/*', '../../components/*', '../../../components/*'],
  message: 'lib/ never imports components: a server action that renders lives beside the routes (app/_actions).',
};

/**
 * One no-restricted-imports block per lib folder and top-level module:
 * components, and every layer above it, by alias or by relative path (from
 * lib/<name>.ts a sibling is ./x, from inside lib/<name>/ it is ../x).
 */
function libLayers() {
  return LIB_LAYERS.flatMap((name, rank) => {
    const above = LIB_LAYERS.slice(rank + 1);
    const block = (files, relative) => ({
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              COMPONENTS_IN_LIB,
              ...above.map((higher) => ({
                group: [`@/lib/${higher}`, `@/lib/${higher}/*`, `${relative}${higher}`, `${relative}${higher}/*`],
                message: `lib/${name} stands below lib/${higher} (LIB_LAYERS in eslint.config.mjs): move what both need down, never import up.`,
              })),
            ],
          },
        ],
      },
    });
    return [block([`lib/${name}.ts`, `lib/${name}.test.ts`], './'), block([`lib/${name}/**/*.{ts,tsx}`], '../')];
  });
}

/**
 * Next's rules plus Verdict's layering (DESIGN.md "Layers"): components never
 * reach the database, SQL stays in lib/ and db/, lib/ never imports
 * components, db/ never imports lib/, and lib/'s folders import only
 * downwards (LIB_LAYERS).
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
              group: ['@/lib/*/queries', '@/lib/*/*-queries', '@/lib/*/mutations'],
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
  ...libLayers(),
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
