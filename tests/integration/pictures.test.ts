import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { closeRenderPool } from '@/lib/markdown/render-pool';
import { createMember, deleteAccount } from '@/lib/members/mutations';
import { exportMemberData } from '@/lib/members/queries';
import { setImageHidden, storeImage } from '@/lib/media/mutations';
import { pictureFacts, readRendition } from '@/lib/media/queries';
import { NEW_ACCOUNT_IMAGE_QUOTA } from '@/lib/media/quotas';

import { createFilm, createUser, unique } from '../support/factories';
import { jpegWithGps, plainPng, svgFile } from '../support/image-fixtures';
import { Redirected } from '../support/request-stand-ins';

/**
 * Pictures end to end below the browser: storing (content-addressed, held to
 * quotas), the editor's "Add image" through the review form's server action,
 * publishing, hiding, account deletion and export, against a real database.
 */

const session = vi.hoisted(() => ({ viewer: null as null | { id: string; handle: string } }));

vi.mock('next/navigation', () => import('../support/request-stand-ins').then((stand) => stand.navigation));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((stand) => stand.cache));
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

const limits = { maxBytes: 15_000_000, maxPixels: 50_000_000 };
const body = 'A patient, quiet film about a family and the house it cannot leave. '.repeat(10);

/** A member old enough not to be a new account. */
function establishedMember() {
  return createUser({ createdAt: new Date(Date.now() - 400 * 86_400_000) });
}

function reviewForm(fields: Record<string, string | File>) {
  const form = new FormData();
  form.set('title', 'Rooms');
  form.set('rating', '8');
  form.set('body', body);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function settle<T>(work: Promise<T>): Promise<T | Redirected> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Redirected) return error;
    throw error;
  }
}

beforeEach(async () => {
  const member = await establishedMember();
  session.viewer = { id: member.id, handle: member.handle };
});

afterAll(async () => {
  await closeRenderPool();
});

describe('storeImage', () => {
  it('stores a picture once by its hash, whoever uploads it again', async () => {
    const [first, second] = await Promise.all([establishedMember(), establishedMember()]);
    const bytes = await jpegWithGps({ width: 1000, height: 500 });
    const stored = await storeImage(db, bytes, { uploader: first, purpose: 'review', limits });
    const again = await storeImage(db, bytes, { uploader: second, purpose: 'review', limits });
    expect(stored).toMatchObject({ ok: true, image: { width: 1000, height: 500, widths: [480, 960, 1000] } });
    expect(again).toEqual(stored);
    if (!stored.ok) return;
    const [row] = await db.execute<{ uploader_id: string; renditions: number }>(sql`
      select uploader_id, (select count(*)::int from media_renditions where image_hash = hash) as renditions
        from media_images where hash = ${stored.image.hash}`);
    expect(row).toEqual({ uploader_id: first.id, renditions: 3 });
    const full = await readRendition(stored.image.hash, null);
    expect((await sharp(full!.bytes).metadata()).exif).toBeUndefined();
  });

  it('holds a member to the daily quota, exactly, under parallel uploads', async () => {
    const member = await establishedMember();
    const quota = { picturesPerReview: 10, picturesPerDay: 3, bytesPerDay: 50_000_000 };
    const uploads = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        plainPng({ width: 200 + n, height: 100 }).then((bytes) =>
          storeImage(db, bytes, { uploader: member, purpose: 'review', quota, limits }),
        ),
      ),
    );
    expect(uploads.filter((upload) => upload.ok)).toHaveLength(3);
    expect(uploads.filter((upload) => !upload.ok)).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ ok: false, reason: 'quota' })),
    );
    const [row] = await db.execute<{ count: number }>(
      sql`select count(*)::int as count from media_images where uploader_id = ${member.id}`,
    );
    expect(row?.count).toBe(3);
  });

  it('refuses what is not a picture without writing a row', async () => {
    const member = await establishedMember();
    expect(await storeImage(db, svgFile, { uploader: member, purpose: 'review', limits })).toMatchObject({
      ok: false,
      reason: 'not-an-image',
    });
    const [row] = await db.execute<{ count: number }>(
      sql`select count(*)::int as count from media_images where uploader_id = ${member.id}`,
    );
    expect(row?.count).toBe(0);
  });

  it('hides a picture from every read, and refuses it uploaded again while hidden', async () => {
    const member = await establishedMember();
    const bytes = await plainPng({ width: 321, height: 123 });
    const stored = await storeImage(db, bytes, { uploader: member, purpose: 'review', limits });
    if (!stored.ok) throw new Error(stored.message);
    expect(await setImageHidden(stored.image.hash, true)).toBe(true);
    expect(await readRendition(stored.image.hash, null)).toBeNull();
    expect((await pictureFacts([stored.image.hash])).size).toBe(0);
    expect(await storeImage(db, bytes, { uploader: member, purpose: 'review', limits })).toMatchObject({ reason: 'removed' });
    await setImageHidden(stored.image.hash, false);
    expect((await pictureFacts([stored.image.hash])).get(stored.image.hash)).toEqual(stored.image);
  });
});

describe('"Add image" in the review editor', () => {
  it('uploads the picture and writes its Markdown into the review, keeping everything typed', async () => {
    const film = await createFilm();
    const image = new File([new Uint8Array(await jpegWithGps())], 'holiday.jpg', { type: 'image/jpeg' });
    const state = await saveReviewAction(
      film.slug,
      null,
      reviewForm({ intent: 'add-image', image, imageDescription: 'The house at dusk', imageCaption: 'The first shot.' }),
    );
    expect(state).toMatchObject({ ok: true, data: { pictureAdded: true }, values: { title: 'Rooms', imageDescription: '' } });
    const written = state && 'values' in state ? (state.values.body ?? '') : '';
    expect(written.startsWith(body.trim())).toBe(true);
    expect(written).toMatch(/\n\n!\[The house at dusk\]\(\/media\/[0-9a-f]{64}\.webp "The first shot\."\)\n$/);

    const published = await settle(saveReviewAction(film.slug, null, reviewForm({ body: written })));
    expect(published).toBeInstanceOf(Redirected);
  });

  it('refuses a file that is not a picture, and a picture with no description, beside their fields', async () => {
    const film = await createFilm();
    const html = new File(['<!doctype html><script>alert(1)</script>'], 'cat.png', { type: 'image/png' });
    expect(
      await saveReviewAction(film.slug, null, reviewForm({ intent: 'add-image', image: html, imageDescription: 'A cat' })),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { image: [expect.stringMatching(/not a picture/)] },
      values: { imageDescription: 'A cat' },
    });

    const png = new File([new Uint8Array(await plainPng())], 'still.png', { type: 'image/png' });
    expect(await saveReviewAction(film.slug, null, reviewForm({ intent: 'add-image', image: png }))).toMatchObject({
      ok: false,
      fieldErrors: { imageDescription: ['Describe the picture for readers who cannot see it.'] },
    });
    expect(
      await saveReviewAction(film.slug, null, reviewForm({ intent: 'add-image', image: 'not a file', imageDescription: 'x' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { image: ['Choose a picture to add.'] },
    });
  });

  it('refuses to publish a picture without a description, or one that is not on Verdict', async () => {
    const film = await createFilm();
    const member = await establishedMember();
    const stored = await storeImage(db, await plainPng({ width: 300, height: 200 }), {
      uploader: member,
      purpose: 'review',
      limits,
    });
    if (!stored.ok) throw new Error(stored.message);
    const undescribed = `${body}\n\n![](/media/${stored.image.hash}.webp "A caption")`;
    expect(await saveReviewAction(film.slug, null, reviewForm({ body: undescribed }))).toMatchObject({
      ok: false,
      fieldErrors: { body: [expect.stringMatching(/^A picture has no description/)] },
    });
    const unknown = `${body}\n\n![A still](/media/${'f'.repeat(64)}.webp)`;
    expect(await saveReviewAction(film.slug, null, reviewForm({ body: unknown }))).toMatchObject({
      ok: false,
      fieldErrors: { body: [expect.stringMatching(/not on Verdict/)] },
    });
  });

  it('gives a new account fewer pictures per review', async () => {
    const newcomer = await createUser();
    session.viewer = { id: newcomer.id, handle: newcomer.handle };
    const film = await createFilm();
    const hashes = Array.from({ length: NEW_ACCOUNT_IMAGE_QUOTA.picturesPerReview }, (_, n) => `${n}`.padStart(64, 'a'));
    const full = `${body}\n\n${hashes.map((hash) => `![A still](/media/${hash}.webp)`).join('\n\n')}`;
    const image = new File([new Uint8Array(await plainPng())], 'still.png', { type: 'image/png' });
    expect(
      await saveReviewAction(
        film.slug,
        null,
        reviewForm({ body: full, intent: 'add-image', image, imageDescription: 'One more' }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { image: [`A review can show at most ${NEW_ACCOUNT_IMAGE_QUOTA.picturesPerReview} pictures.`] },
    });
  });
});

describe('a member leaving', () => {
  async function memberWithPicture(width: number) {
    const handle = `pictured-${unique()}`;
    const created = await createMember({
      email: `${handle}@example.com`,
      password: 'a long enough password',
      handle,
      displayName: 'Pictured',
    });
    if (!created.ok) throw new Error('could not create the member');
    const stored = await storeImage(db, await plainPng({ width, height: 200 }), {
      uploader: { id: created.id },
      purpose: 'review',
      limits,
    });
    if (!stored.ok) throw new Error(stored.message);
    return { id: created.id, hash: stored.image.hash };
  }

  it('finds their pictures in the export', async () => {
    const member = await memberWithPicture(410);
    const data = await exportMemberData(member);
    expect(data?.pictures).toEqual([
      expect.objectContaining({ url: `/media/${member.hash}.webp`, width: 410, height: 200, hidden: false }),
    ]);
  });

  it('takes their pictures with removed writing, and keeps them with kept writing', async () => {
    const removing = await memberWithPicture(411);
    const keeping = await memberWithPicture(412);
    const password = { password: 'a long enough password' };
    expect(await deleteAccount({ actor: removing, confirmation: password, content: 'remove' })).toEqual({ ok: true });
    expect(await deleteAccount({ actor: keeping, confirmation: password, content: 'keep' })).toEqual({ ok: true });
    expect(await readRendition(removing.hash, null)).toBeNull();
    const [left] = await db.execute<{ count: number }>(
      sql`select count(*)::int as count from media_renditions where image_hash = ${removing.hash}`,
    );
    expect(left?.count).toBe(0);
    expect(await readRendition(keeping.hash, null)).not.toBeNull();
  });
});
