/**
 * The render worker's entry, which Piscina loads by file path in a worker
 * thread (lib/markdown/render-pool.ts). Plain JavaScript outside Next's
 * bundle, so `next dev`, `next start` and the tests all load this same file;
 * tsx compiles the TypeScript pipeline behind it when the worker starts.
 */
import { tsImport } from 'tsx/esm/api';

const { runMarkdownTask } = await tsImport('./render-tasks.ts', import.meta.url);

export default runMarkdownTask;
