import type { MessagePort } from 'node:worker_threads';

import { excerpt, wordCount } from './excerpt';
import { renderMarkdownHtml } from './html';

/**
 * What the render worker does (lib/markdown/render-worker.mjs loads this):
 * every parse of a member's text that a request waits for. Pure and
 * synchronous; the pool gives each task its time limit.
 */
const tasks = {
  html: ({ source }: MarkdownTaskInput) => renderMarkdownHtml(source),
  excerpt: ({ source, maxLength }: MarkdownTaskInput) => excerpt(source, { maxLength }),
  wordCount: ({ source }: MarkdownTaskInput) => wordCount(source),
};

export type MarkdownTaskName = keyof typeof tasks;
export type MarkdownTaskResult<Name extends MarkdownTaskName> = ReturnType<(typeof tasks)[Name]>;

export interface MarkdownTaskInput {
  source: string;
  maxLength?: number;
}

export interface MarkdownTask extends MarkdownTaskInput {
  name: MarkdownTaskName;
  /**
   * Told when the task starts, so the pool's time limit counts rendering
   * only: a task that waited behind others in the queue is not the slow one.
   */
  started: MessagePort;
}

export function runMarkdownTask({ name, started, ...input }: MarkdownTask): string | number {
  started.postMessage('started');
  started.close();
  return tasks[name](input);
}
