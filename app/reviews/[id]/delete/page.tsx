import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { PageShell } from '@/components/page/page-shell';
import { Button, buttonClasses } from '@/components/ui/button';
import { Poster } from '@/components/ui/poster';
import { StarRating } from '@/components/ui/star-rating';
import { deleteReviewAction } from '@/lib/actions/reviews';
import { requireMember } from '@/lib/auth/viewer';
import { getReviewDetail } from '@/lib/reviews/queries';
import { recordIdOrNotFound } from '@/lib/validation/route-params';

type Params = Promise<{ id: string }>;

// Says nothing about the review: the page is the author's alone, and anyone else gets a 404.
export const metadata: Metadata = {
  title: 'Delete your review',
  description: 'Confirm that you want to delete your review from Verdict.',
  openGraph: { title: 'Delete your review' },
  robots: { index: false },
};

export default async function DeleteReviewPage({ params }: { params: Params }) {
  const raw = (await params).id;
  const viewer = await requireMember(`/reviews/${raw}/delete`);
  const review = await getReviewDetail(recordIdOrNotFound(raw));
  // Someone else's review looks exactly like one that does not exist.
  if (!review || review.author.handle !== viewer.handle) notFound();
  const { film } = review;

  return (
    <PageShell narrow>
      <div className="mx-auto max-w-xl rounded-card border border-line bg-surface p-6 shadow-card sm:p-8">
        <div className="flex items-start gap-4">
          <Poster src={film.posterPath} title={film.title} size="sm" decorative />
          <div className="min-w-0">
            <h1 className="font-serif text-2xl leading-tight font-bold tracking-tight text-ink sm:text-3xl">
              Delete your review of {film.title}?
            </h1>
            <p className="mt-2 text-ink-muted">
              <span className="font-medium text-ink">“{review.title}”</span>
              <span className="mt-1 block">
                <StarRating rating={review.rating} size="sm" />
              </span>
            </p>
          </div>
        </div>

        <ul className="mt-6 list-disc space-y-2 border-t border-line pt-6 pl-5 text-[0.9375rem] leading-relaxed text-ink marker:text-ink-muted">
          <li>It disappears from the film&rsquo;s page, from feeds and from your profile, with its upvotes and comments.</li>
          <li>You can write a review of {film.title} again later; it comes back with its history, upvotes and comments.</li>
        </ul>

        <form action={deleteReviewAction.bind(null, review.id)} className="mt-8 flex flex-wrap items-center gap-3">
          <Button type="submit" variant="danger">
            Delete
          </Button>
          <Link href={`/reviews/${review.id}`} className={buttonClasses('secondary')}>
            Cancel
          </Link>
        </form>
      </div>
    </PageShell>
  );
}
