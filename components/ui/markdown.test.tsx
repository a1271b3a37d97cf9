import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { runInRenderPool } from '@/lib/markdown/render-pool';

import { Markdown, UNDISPLAYABLE_TEXT } from './markdown';

vi.mock('@/lib/markdown/render-pool', () => ({ runInRenderPool: vi.fn() }));
const run = vi.mocked(runInRenderPool);

afterEach(() => {
  run.mockReset();
  vi.restoreAllMocks();
});

describe('Markdown', () => {
  it('shows the rendered text in its prose frame', async () => {
    run.mockResolvedValue({ ok: true, value: '<p>Fine.</p>' });
    expect(renderToStaticMarkup(await Markdown({ source: 'Fine.', className: 'mt-8' }))).toBe(
      '<div class="prose-review mt-8"><p>Fine.</p></div>',
    );
  });

  it('shows a calm placeholder for a refused text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    run.mockResolvedValue({ ok: false, reason: 'too-slow' });
    const html = renderToStaticMarkup(await Markdown({ source: 'refused text' }));
    expect(html).toContain(UNDISPLAYABLE_TEXT);
    expect(html).not.toContain('refused text');
  });
});
