import { afterAll, describe, expect, it } from 'vitest';

import { renderMarkdownHtml } from './html';
import { closeRenderPool, runInRenderPool } from './render-pool';

/** Slow even after every bound at render: tens of thousands of paragraphs (a stored text from before the shape limits). */
const hostile = 'a\n\n'.repeat(60_000);

afterAll(async () => {
  await closeRenderPool();
});

describe('runInRenderPool', () => {
  it('renders in a worker exactly what the pipeline renders', async () => {
    const source = '# Alien\n\nA *tense* film with >!a twist!< and [a link](https://example.com).';
    await expect(runInRenderPool('html', { source })).resolves.toEqual({ ok: true, value: renderMarkdownHtml(source) });
  });

  it('makes excerpts and word counts there too', async () => {
    await expect(runInRenderPool('excerpt', { source: 'One **two** >!three!< four', maxLength: 280 })).resolves.toEqual({
      ok: true,
      value: 'One two four',
    });
    await expect(runInRenderPool('wordCount', { source: 'One **two** >!three!< four' })).resolves.toEqual({ ok: true, value: 4 });
  });

  it('stops a render that runs past its time limit, and the server keeps answering meanwhile', async () => {
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks += 1;
    }, 5);
    try {
      const outcome = await runInRenderPool('html', { source: hostile }, { timeLimitMs: 100 });
      expect(outcome).toEqual({ ok: false, reason: 'too-slow' });
      // The timer could only tick if this thread was free while the worker rendered.
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(ticking);
    }
  });

  it('renders again after a worker was stopped', async () => {
    await runInRenderPool('html', { source: hostile }, { timeLimitMs: 50 });
    await expect(runInRenderPool('html', { source: 'Still *here*.' })).resolves.toEqual({
      ok: true,
      value: '<p>Still <em>here</em>.</p>',
    });
  });

  it('counts the time limit from when a task starts, not while it waits behind others', async () => {
    const slowOnes = Array.from({ length: 4 }, () => runInRenderPool('html', { source: hostile }, { timeLimitMs: 300 }));
    const queued = runInRenderPool('html', { source: 'Queued *last*.' }, { timeLimitMs: 300 });
    await expect(queued).resolves.toEqual({ ok: true, value: '<p>Queued <em>last</em>.</p>' });
    for (const outcome of await Promise.all(slowOnes)) expect(outcome).toEqual({ ok: false, reason: 'too-slow' });
  });
});
