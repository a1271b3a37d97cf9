import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { PageShell } from '@/components/page/page-shell';
import { ReviewEditor } from '@/components/review-editor/review-editor';
import { ReviewGuide } from '@/components/review/review-guide';
import { Poster } from '@/components/ui/poster';
import { saveReviewAction, type ReviewFormValues } from '@/lib/actions/reviews';
import { getViewer, requireMember } from '@/lib/auth/viewer';
import { getReviewEditor, type ReviewEditorData } from '@/lib/reviews/editor-queries';

type Params = Promise<{ slug: string }>;

// Metadata and the page ask for the same editor data; cache() makes it one query.
const editorFor = cache((viewerId: string, slug: string) => getReviewEditor({ id: viewerId }, slug));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const viewer = await getViewer();
  const editor = viewer ? await editorFor(viewer.id, slug) : null;
  if (!editor) return { title: 'Write a review', robots: { index: false } };
  const film = `${editor.film.title} (${editor.film.year})`;
  const title = editor.existing ? `Edit your review of ${film}` : `Write a review of ${film}`;
  const description = `Your rating and review of ${film} on Verdict, with spoilers kept hidden for other readers.`;
  return { title, description, openGraph: { title, description }, robots: { index: false } };
}

function initialValues(existing: ReviewEditorData['existing']): ReviewFormValues {
  if (!existing) return {};
  return {
    title: existing.title,
    rating: String(existing.rating),
    body: existing.body,
    containsSpoilers: existing.containsSpoilers ? 'on' : '',
  };
}

export default async function ReviewEditorPage({ params }: { params: Params }) {
  const { slug } = await params;
  const viewer = await requireMember(`/films/${slug}/review`);
  const editor = await editorFor(viewer.id, slug);
  if (!editor) notFound();
  const { film, existing, firstReview } = editor;
  const filmHref = `/films/${film.slug}`;

  return (
    <PageShell narrow>
      <header className="grid grid-cols-[4rem_minmax(0,1fr)] items-center gap-x-4 sm:grid-cols-[6rem_minmax(0,1fr)] sm:gap-x-6">
        {/* The title link beside it is the accessible one; this copy is for pointers only. */}
        <Link href={filmHref} tabIndex={-1} aria-hidden="true" className="self-start">
          <Poster src={film.posterPath} title={film.title} size="fluid" decorative priority className="shadow-lift" />
        </Link>
        <div className="min-w-0">
          <p className="text-sm text-ink-muted">
            <Link
              href={filmHref}
              className="font-serif text-base font-semibold text-ink underline-offset-4 hover:text-accent hover:underline sm:text-lg"
            >
              {film.title} <span className="font-sans font-normal text-ink-muted tabular-nums">({film.year})</span>
            </Link>
          </p>
          <h1 className="mt-1 font-serif text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">
            {existing ? 'Edit your review' : 'Write your review'}
          </h1>
          <p className="mt-2 text-[0.9375rem] text-ink-muted">
            {existing ? (
              <>
                Each save becomes a new version in the review&rsquo;s{' '}
                <Link
                  href={`/reviews/${existing.id}/history`}
                  className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong"
                >
                  history
                </Link>
                .
              </>
            ) : (
              'Rate it, say why, and keep the surprises hidden for the next viewer.'
            )}
          </p>
        </div>
      </header>

      {firstReview ? <ReviewGuide className="mt-10" /> : null}

      <div className="mt-10">
        <ReviewEditor
          saveAction={saveReviewAction.bind(null, film.slug)}
          initialValues={initialValues(existing)}
          editing={existing !== null}
          deleteHref={existing ? `/reviews/${existing.id}/delete` : null}
        />
      </div>
    </PageShell>
  );
}
