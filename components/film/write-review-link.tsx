import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';

/**
 * The way from a film to its review editor: "Write a review", or "Edit your
 * review" once the reader has one. Signed out, the editor sends them to sign
 * in and back.
 */
export function WriteReviewLink({ slug, reviewed }: { slug: string; reviewed: boolean }) {
  return (
    <Link href={`/films/${slug}/review`} className={buttonClasses(reviewed ? 'secondary' : 'primary', 'sm')}>
      {reviewed ? 'Edit your review' : 'Write a review'}
    </Link>
  );
}
