import type { SeedStep } from './bulk-load.sql';

/**
 * The large dataset's review texts. Review i has body variant i % 40: a
 * paragraph repeated 6 + variant times, and every tenth review (variant 0, 10,
 * 20, 30) ends with an inline spoiler. So few distinct bodies let the seed
 * derive each one's search text with the app's own Markdown parser (handed
 * in, since db/ never imports lib/) and write it with the review, instead of
 * parsing 200,000 bodies or updating them all afterwards.
 */
export const REVIEW_BODY_VARIANTS = 40;

const PARAGRAPH = 'A considered paragraph about the film, its people and its craft. ';

export function largeReviewBody(variant: number): string {
  return PARAGRAPH.repeat(6 + variant) + (variant % 10 === 0 ? '\n\n>!The twist is revealed here.!<' : '');
}

/** A string literal: with standard_conforming_strings (on since PostgreSQL 9.1), doubling quotes is all it takes. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The temporary table `review_text_plan (variant, body, search_text)` that the reviews step reads. */
export function reviewTextPlan(searchText: (body: string) => string): SeedStep {
  const rows = Array.from({ length: REVIEW_BODY_VARIANTS }, (_, variant) => {
    const body = largeReviewBody(variant);
    return `(${variant}, ${literal(body)}, ${literal(searchText(body))})`;
  });
  return {
    label: `review text plan (${REVIEW_BODY_VARIANTS} bodies and their search text)`,
    statements: [
      `create temp table review_text_plan (variant int primary key, body text not null, search_text text not null) on commit drop`,
      `insert into review_text_plan (variant, body, search_text) values ${rows.join(', ')}`,
    ],
  };
}
