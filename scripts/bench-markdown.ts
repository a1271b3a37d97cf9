/**
 * `npm run bench:markdown`: the worst render time of hostile Markdown shapes
 * at the longest length Verdict accepts (a review: 50,000 characters; a
 * comment: 10,000), before and after the render was bounded.
 *
 * - before: the whole pipeline on the request thread, with only the bounds
 *   it had then (lib/markdown/bound-structure.ts without the list-item limit);
 * - new text: what posting or previewing it does now: the shape check
 *   (lib/markdown/shape.ts) refuses it before any parse, or lets it through;
 * - stored text: a text stored before the limits, rendered as a reader
 *   would get it: bounded, in the render worker, stopped at its time limit;
 *   with the longest the request thread was held meanwhile.
 *
 * A benchmark, not a test: it prints figures. Options: --runs=N (default 3).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

import { REVIEW_BODY_MAX, COMMENT_BODY_MAX } from '../lib/validation/lengths';
import { runMain } from './run-main';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? 3);
/** A "before" render slower than this is run once: its worst case is plain enough. */
const SLOW_MS = 2_000;

/** As many whole units as fit in `length` characters. */
function fill(length: number, unit: (index: number) => string, head = ''): string {
  let text = head;
  for (let index = 0; ; index += 1) {
    const next = unit(index);
    if (text.length + next.length > length) return text;
    text += next;
  }
}

const sentence = 'The camera lingers on faces that say more than any line of dialogue could. ';

const shapes: Array<[name: string, length: number, make: (length: number) => string]> = [
  ['prose (for comparison)', REVIEW_BODY_MAX, (n) => fill(n, () => `${sentence.repeat(6)}\n\n`)],
  ['list nested 8 deep on every line', REVIEW_BODY_MAX, (n) => fill(n, () => `${'- '.repeat(8)}a\n`)],
  ['list nested by indentation', REVIEW_BODY_MAX, (n) => fill(n, (i) => `${'  '.repeat(i % 8)}- a\n`)],
  ['quotes and lists nested', REVIEW_BODY_MAX, (n) => fill(n, () => `${'> - '.repeat(4)}a\n`)],
  ['very wide list', REVIEW_BODY_MAX, (n) => fill(n, () => '- a\n')],
  ['many paragraphs', REVIEW_BODY_MAX, (n) => fill(n, () => 'a\n\n')],
  ['many headings', REVIEW_BODY_MAX, (n) => fill(n, () => '# a\n')],
  ['nested blockquotes', REVIEW_BODY_MAX, (n) => fill(n, () => `${'>'.repeat(8)} a\n`)],
  ['one long emphasis run', REVIEW_BODY_MAX, (n) => `${'*'.repeat(n / 2 - 1)}a${'*'.repeat(n / 2 - 1)}`],
  ['many emphasis runs', REVIEW_BODY_MAX, (n) => fill(n, () => '*a* ')],
  ['many links', REVIEW_BODY_MAX, (n) => fill(n, () => '[a](b) ')],
  ['unclosed brackets', REVIEW_BODY_MAX, (n) => '['.repeat(n)],
  ['table with many cells', REVIEW_BODY_MAX, (n) => fill(n, () => '| x | y |\n', '| a | b |\n| - | - |\n')],
  ['nested spoiler blocks', REVIEW_BODY_MAX, (n) => fill(n, () => ':::spoiler x\n')],
  ['nested inline spoilers', REVIEW_BODY_MAX, (n) => '>!'.repeat(n / 2)],
  ['footnote definitions', REVIEW_BODY_MAX, (n) => fill(n, (i) => `[^${i}]: a\n`)],
  ['one paragraph of many lines', REVIEW_BODY_MAX, (n) => fill(n, () => 'a\n')],
  [
    'every limit at once',
    REVIEW_BODY_MAX,
    (n) =>
      fill(
        n,
        () => 'a\n',
        [
          `${'- '.repeat(8)}a\n`.repeat(125),
          'a\n\n'.repeat(996),
          `| a | b |\n| - | - |\n${'| x | y |\n'.repeat(998)}`,
          '[a](b) '.repeat(2_000),
          '\n\n',
        ].join('\n'),
      ),
  ],
  ['comment: list nested 8 deep', COMMENT_BODY_MAX, (n) => fill(n, () => `${'- '.repeat(8)}a\n`)],
  ['comment: many paragraphs', COMMENT_BODY_MAX, (n) => fill(n, () => 'a\n\n')],
];

async function main(): Promise<number> {
  const { renderPreparedHtml } = await import('../lib/markdown/html');
  const { boundStructure } = await import('../lib/markdown/bound-structure');
  const { prepareSource } = await import('../lib/markdown/source');
  const { checkShape } = await import('../lib/markdown/shape');
  const { closeRenderPool, RENDER_TIME_LIMIT_MS, runInRenderPool } = await import('../lib/markdown/render-pool');

  const before = (source: string) => renderPreparedHtml(prepareSource(boundStructure(source, { maxListItems: Infinity })));
  const worst = async (run: () => unknown, slow = Infinity) => {
    let longest = 0;
    for (let index = 0; index < RUNS; index += 1) {
      const started = performance.now();
      await run();
      longest = Math.max(longest, performance.now() - started);
      if (longest > slow) break;
    }
    return longest;
  };

  // The first task starts the worker: not part of any shape's figure.
  await runInRenderPool('html', { source: 'warm *up*' });
  before('warm *up*');

  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  const rows: string[][] = [];
  console.log(`› worst of ${RUNS} runs per shape; the render worker's time limit is ${RENDER_TIME_LIMIT_MS} ms\n`);
  for (const [name, length, make] of shapes) {
    const source = make(length);
    const beforeMs = await worst(() => before(source), SLOW_MS);
    const breach = checkShape(source);
    const checkMs = await worst(() => checkShape(source));

    const stall = monitorEventLoopDelay({ resolution: 10 });
    let outcome = 'rendered';
    stall.enable();
    let storedMs = 0;
    for (let index = 0; index < RUNS; index += 1) {
      const started = performance.now();
      const rendered = await runInRenderPool('html', { source });
      storedMs = Math.max(storedMs, performance.now() - started);
      if (rendered.ok) continue;
      outcome = `placeholder (${rendered.reason})`;
      // The stopped worker's replacement starts outside the next run's figure.
      await runInRenderPool('html', { source: 'warm *up*' });
    }
    stall.disable();

    rows.push([
      name,
      source.length.toLocaleString('en'),
      ms(beforeMs),
      breach ? `refused: ${breach.limit}` : 'accepted',
      ms(checkMs),
      ms(storedMs),
      outcome,
      ms(stall.max / 1e6),
    ]);
    console.log(`  ${name}: before ${ms(beforeMs)}, stored text ${ms(storedMs)} (${outcome})`);
  }
  await closeRenderPool();

  const header = ['shape', 'chars', 'before', 'new text', 'check', 'stored text', 'reader sees', 'thread held'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 || column === 3 || column === 6 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(`\n${line(header)}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  return 0;
}

runMain(main);
