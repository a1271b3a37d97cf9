import { afterEach, describe, expect, it, vi } from 'vitest';

import { runInRenderPool } from './render-pool';
import { renderUserHtml, userExcerpt, userWordCount } from './rendered';

vi.mock('./render-pool', () => ({ runInRenderPool: vi.fn() }));
const run = vi.mocked(runInRenderPool);

afterEach(() => {
  run.mockReset();
  vi.restoreAllMocks();
});

describe('renderUserHtml', () => {
  it('asks the worker once per text', async () => {
    run.mockResolvedValue({ ok: true, value: '<p>once</p>' });
    await expect(renderUserHtml('once')).resolves.toEqual({ ok: true, html: '<p>once</p>' });
    await expect(renderUserHtml('once')).resolves.toEqual({ ok: true, html: '<p>once</p>' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('remembers a text that was too slow, and logs it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    run.mockResolvedValue({ ok: false, reason: 'too-slow' });
    await expect(renderUserHtml('slow text')).resolves.toEqual({ ok: false, reason: 'too-slow' });
    await expect(renderUserHtml('slow text')).resolves.toEqual({ ok: false, reason: 'too-slow' });
    expect(run).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('tries again after the pool was busy: that was not the text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    run.mockResolvedValueOnce({ ok: false, reason: 'busy' }).mockResolvedValue({ ok: true, value: '<p>later</p>' });
    await expect(renderUserHtml('busy text')).resolves.toEqual({ ok: false, reason: 'busy' });
    await expect(renderUserHtml('busy text')).resolves.toEqual({ ok: true, html: '<p>later</p>' });
  });
});

describe('userExcerpt and userWordCount', () => {
  it('give an empty excerpt and a count of words between spaces for a refused text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    run.mockResolvedValue({ ok: false, reason: 'too-slow' });
    await expect(userExcerpt('- one\n- two')).resolves.toBe('');
    await expect(userWordCount('- one\n- two three')).resolves.toBe(5);
  });

  it('keep excerpts of different lengths apart', async () => {
    run.mockImplementation(async (_name, { maxLength }) => ({ ok: true, value: `cut at ${maxLength}` }));
    await expect(userExcerpt('text', { maxLength: 100 })).resolves.toBe('cut at 100');
    await expect(userExcerpt('text', { maxLength: 200 })).resolves.toBe('cut at 200');
  });
});
