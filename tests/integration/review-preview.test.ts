import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { closeRenderPool } from '@/lib/markdown/render-pool';
import { THROTTLES } from '@/lib/rate-limit/throttles';

import { createUser } from '../support/factories';

/**
 * The review editor's Preview through its server action, with the real
 * validation, throttle and render worker; only Next's request-bound pieces
 * (the session, revalidation) are stood in for.
 */

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));

vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => null, signOut: async () => undefined }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => null,
  requireMember: async () => ({
    ...session.viewer!,
    displayName: 'Member',
    image: null,
    role: 'member',
    createdAt: new Date(),
    unreadNotifications: 0,
  }),
}));

const { saveReviewAction } = await import('@/lib/actions/reviews');

function preview(body: string) {
  const form = new FormData();
  form.set('intent', 'preview');
  form.set('title', 'A draft');
  form.set('rating', '7');
  form.set('body', body);
  return saveReviewAction('any-film', null, form);
}

beforeEach(async () => {
  const member = await createUser();
  session.viewer = { id: member.id, handle: member.handle };
});

afterAll(async () => {
  await closeRenderPool();
});

describe('the review preview', () => {
  it('renders a draft of any length below the maximum', async () => {
    const state = await preview('A *short* draft.');
    expect(state).toMatchObject({ ok: true, data: { preview: true, html: '<p>A <em>short</em> draft.</p>' } });
  });

  it.each([
    ['longer than a review may be', 'x'.repeat(50_001), 'A review can be at most 50,000 characters; this one has 50,001.'],
    [
      'a list nested on every line',
      '- - - - - - - - - a\n'.repeat(2_000),
      'Your review puts lists or quotes more than 8 levels inside one another. Bring some of them out a level.',
    ],
    [
      'thousands of list items',
      '- a\n'.repeat(5_000),
      'Your review has more than 1,000 list items. Join some of them into paragraphs.',
    ],
  ])('refuses a draft %s before parsing it, keeping what was typed', async (_name, body, message) => {
    const state = await preview(body);
    expect(state).toMatchObject({ ok: false, fieldErrors: { body: [message] }, values: { body, title: 'A draft' } });
  });

  it('is limited per member like posting', async () => {
    const { points } = THROTTLES.reviewPreview;
    for (let index = 0; index < points; index += 1) expect((await preview('Again.'))?.ok).toBe(true);
    const refused = await preview('Again.');
    expect(refused).toMatchObject({ ok: false, values: { body: 'Again.' } });
    expect(refused && !refused.ok && refused.message).toMatch(
      /^You have previewed 60 times in the last 10 minutes\. Please wait/,
    );
  });
});
