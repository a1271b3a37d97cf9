import 'server-only';

import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

import { Piscina } from 'piscina';

import type { MarkdownTask, MarkdownTaskInput, MarkdownTaskName, MarkdownTaskResult } from './render-tasks';

/**
 * Parsing a member's text runs in a pool of worker threads, never on the
 * thread that answers requests: whatever a text's shape, the server keeps
 * answering while it renders, and a render that runs past its time limit
 * is stopped (Piscina terminates that worker and starts a fresh one).
 *
 * The longest text Verdict accepts, in the slowest shape its limits allow,
 * rendered in about a second and a half on a busy two-core machine
 * (`npm run bench:markdown`); the limit leaves room for more load, and for
 * texts stored before those limits, which rendered in up to three.
 */
export const RENDER_TIME_LIMIT_MS = 5_000;
/** A task still queued after this long is given up: the reader gets the placeholder now rather than a page later. */
const QUEUE_TIME_LIMIT_MS = 10_000;
/** Tasks waiting at once, beyond which new ones are refused as busy: about twenty pages of fifty comments. */
const MAX_QUEUE = 1_000;

/**
 * Resolved from the working directory, which is the project's root under
 * `next dev`, `next start`, the tests and the scripts alike: inside Next's
 * server bundle this module's own URL points into `.next/`.
 */
const WORKER_FILE = path.join(process.cwd(), 'lib/markdown/render-worker.mjs');

export type RenderRefusal = 'too-slow' | 'busy' | 'failed';
export type TaskOutcome<T> = { ok: true; value: T } | { ok: false; reason: RenderRefusal; error?: unknown };

// One pool per process, however many of Next's server bundles include this module.
const PROCESS_POOL = Symbol.for('verdict.markdownPool');
const shared = globalThis as typeof globalThis & { [PROCESS_POOL]?: Piscina };

function pool(): Piscina {
  shared[PROCESS_POOL] ??= new Piscina({
    filename: pathToFileURL(WORKER_FILE).href,
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(4, availableParallelism())),
    idleTimeout: 60_000,
    maxQueue: MAX_QUEUE,
    // Not the parent's flags (Next's, tsx's loaders): the worker entry loads what it needs.
    execArgv: [],
    // A text that balloons in memory ends its worker, not the server.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  return shared[PROCESS_POOL];
}

/**
 * Runs one Markdown task in the pool. Never rejects: a render stopped at
 * `timeLimitMs` is `too-slow` (the text's doing, so the same text always
 * will be), a full or slow queue is `busy`, anything else `failed`.
 */
export async function runInRenderPool<Name extends MarkdownTaskName>(
  name: Name,
  input: MarkdownTaskInput,
  { timeLimitMs = RENDER_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<TaskOutcome<MarkdownTaskResult<Name>>> {
  const { port1: progress, port2: started } = new MessageChannel();
  const stop = new AbortController();
  let stoppedFor: RenderRefusal | null = null;
  const giveUp = (reason: RenderRefusal) => () => {
    stoppedFor = reason;
    stop.abort();
  };
  let timer = setTimeout(giveUp('busy'), QUEUE_TIME_LIMIT_MS);
  progress.once('message', () => {
    clearTimeout(timer);
    timer = setTimeout(giveUp('too-slow'), timeLimitMs);
  });
  const task: MarkdownTask = { name, ...input, started };
  try {
    const value = (await pool().run(task, { signal: stop.signal, transferList: [started] })) as MarkdownTaskResult<Name>;
    return { ok: true, value };
  } catch (error) {
    if (stoppedFor) return { ok: false, reason: stoppedFor };
    const full = error instanceof Error && /task queue/i.test(error.message);
    return { ok: false, reason: full ? 'busy' : 'failed', error };
  } finally {
    clearTimeout(timer);
    progress.close();
  }
}

/** Stops the pool's workers: for scripts and tests that must exit. */
export async function closeRenderPool() {
  const running = shared[PROCESS_POOL];
  delete shared[PROCESS_POOL];
  await running?.destroy();
}
