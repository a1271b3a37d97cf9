import 'server-only';

import { memoizeTextAsync, type Settled } from './memo';
import { type RenderRefusal, runInRenderPool, type TaskOutcome } from './render-pool';
import type { MarkdownTaskInput, MarkdownTaskName, MarkdownTaskResult } from './render-tasks';

/**
 * Everything a request needs parsed out of a member's text, from the render
 * worker (lib/markdown/render-pool.ts), remembered here by the text itself:
 * a text seen before never goes back to the worker, and a text that ran past
 * the time limit is remembered as refused, so a stored hostile review costs
 * one stopped render per process, not one per reader.
 */

/** A text as sanitised HTML, or refused: the reader is shown a placeholder instead. */
export type RenderedText = { ok: true; html: string } | { ok: false; reason: RenderRefusal };

async function offload<Name extends MarkdownTaskName, T extends NonNullable<unknown>>(
  name: Name,
  input: MarkdownTaskInput,
  settle: (value: MarkdownTaskResult<Name>) => T,
  refused: (reason: RenderRefusal) => T,
): Promise<Settled<T>> {
  const outcome = await runInRenderPool(name, input);
  if (outcome.ok) return { value: settle(outcome.value), remember: true };
  report(name, input.source.length, outcome);
  // A busy pool or a lost worker says nothing about the text: the next request tries again.
  return { value: refused(outcome.reason), remember: outcome.reason === 'too-slow' };
}

export const renderMemberHtml = memoizeTextAsync<RenderedText>(
  (source) =>
    offload(
      'html',
      { source },
      (html): RenderedText => ({ ok: true, html }),
      (reason) => ({ ok: false, reason }),
    ),
  { size: (rendered) => (rendered.ok ? rendered.html.length : 16) },
);

const excerpts = new Map<number, (source: string) => Promise<string>>();

/** `excerpt` (lib/markdown/excerpt.ts) from the worker; an empty excerpt when the text is refused. */
export function memberExcerpt(source: string, { maxLength = 280 }: { maxLength?: number } = {}): Promise<string> {
  let cut = excerpts.get(maxLength);
  if (!cut) {
    cut = memoizeTextAsync((text) => offload('excerpt', { source: text, maxLength }, String, () => ''), {
      size: (value) => value.length,
    });
    excerpts.set(maxLength, cut);
  }
  return cut(source);
}

/** `wordCount` from the worker; when the text is refused, its words counted between spaces instead. */
export const memberWordCount = memoizeTextAsync<number>(
  (source) => offload('wordCount', { source }, Number, () => source.split(/\s+/).filter(Boolean).length),
  { size: () => 16 },
);

/** Refusals by kind, last logged: a busy or broken pool is logged once a minute, not once per text. */
const lastLogged = new Map<string, number>();

function report(task: MarkdownTaskName, length: number, outcome: Extract<TaskOutcome<unknown>, { ok: false }>) {
  if (outcome.reason === 'too-slow') {
    // Remembered as refused, so each such text is logged once per process.
    console.warn(
      `Markdown: a ${length}-character text took too long to render (${task}) and was refused; readers see a placeholder.`,
    );
    return;
  }
  const now = Date.now();
  if (now - (lastLogged.get(outcome.reason) ?? 0) < 60_000) return;
  lastLogged.set(outcome.reason, now);
  console.error(
    `Markdown: the render worker could not take a ${task} task (${outcome.reason}); readers see a placeholder.`,
    outcome.error ?? '',
  );
}
