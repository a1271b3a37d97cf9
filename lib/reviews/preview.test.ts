import { describe, expect, it, vi } from 'vitest';

import { renderMemberHtml } from '@/lib/markdown/rendered';

import { previewReview } from './preview';

vi.mock('@/lib/markdown/rendered', () => ({ renderMemberHtml: vi.fn() }));
const render = vi.mocked(renderMemberHtml);

describe('previewReview', () => {
  it('passes the rendered HTML on', async () => {
    render.mockResolvedValueOnce({ ok: true, html: '<p>Draft</p>' });
    await expect(previewReview('Draft')).resolves.toEqual({ ok: true, html: '<p>Draft</p>' });
  });

  it('says beside the field that a text too slow to display was refused', async () => {
    render.mockResolvedValueOnce({ ok: false, reason: 'too-slow' });
    const refused = await previewReview('slow');
    expect(refused).toMatchObject({
      ok: false,
      bodyError: expect.stringMatching(/^This text was refused: it takes too long to display\./),
    });
  });

  it('asks to try again when the worker was busy, without blaming the text', async () => {
    render.mockResolvedValueOnce({ ok: false, reason: 'busy' });
    await expect(previewReview('busy')).resolves.toEqual({
      ok: false,
      message: 'The preview could not be prepared just now. Please try again in a moment.',
    });
  });
});
