import { afterEach, describe, expect, it, vi } from 'vitest';

import { runInRenderPool } from './render-pool';
import { renderMemberHtml, memberExcerpt, memberWordCount } from './rendered';

vi.mock('./render-pool', () => ({ runInRenderPool: vi.fn() }));
const run = vi.mocked(runInRenderPool);

afterEach(() => {
  run.mockReset();
  vi.restoreAllMocks();
});

describe('renderMemberHtml', () => {
  it('asks the worker once per text', async () => {
    run.mockResolvedValue({ ok: true, value: '<p>once</p>' });
    await expect(renderMemberHtml('once')).resolves.toEqual({ ok: true, html: '<p>once</p>' });
    await expect(renderMemberHtml('once')).resolves.toEqual({ ok: true, html: '<p>once</p>' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('remembers a text that was too slow, and logs it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    run.mockResolvedValue({ ok: false, reason: 'too-slow' });
    await expect(renderMemberHtml('slow text')).resolves.toEqual({ ok: false, reason: 'too-slow' });
    await expect(renderMemberHtml('slow text')).resolves.toEqual({ ok: false, reason: 'too-slow' });
    expect(run).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('tries again after the pool was busy: that was not the text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    run.mockResolvedValueOnce({ ok: false, reason: 'busy' }).mockResolvedValue({ ok: true, value: '<p>later</p>' });
    await expect(renderMemberHtml('busy text')).resolves.toEqual({ ok: false, reason: 'busy' });
    await expect(renderMemberHtml('busy text')).resolves.toEqual({ ok: true, html: '<p>later</p>' });
  });
});

describe('memberExcerpt and memberWordCount', () => {
  it('give an empty excerpt and a count of words between spaces for a refused text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    run.mockResolvedValue({ ok: false, reason: 'too-slow' });
    await expect(memberExcerpt('- one\n- two')).resolves.toBe('');
    await expect(memberWordCount('- one\n- two three')).resolves.toBe(5);
  });

  it('keep excerpts of different lengths apart', async () => {
    run.mockImplementation(async (_name, { maxLength }) => ({ ok: true, value: `cut at ${maxLength}` }));
    await expect(memberExcerpt('text', { maxLength: 100 })).resolves.toBe('cut at 100');
    await expect(memberExcerpt('text', { maxLength: 200 })).resolves.toBe('cut at 200');
  });
});
