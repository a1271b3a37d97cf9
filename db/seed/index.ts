import { recountCounters } from '../counters';
import type { Database, Transaction } from '../index';
import { commentVotes, comments, films, people, reviewVotes, reviews, users } from '../schema';
import { DEMO_PASSWORD } from './users';
import { writeCatalogue } from './write-catalogue';
import { writeReviews, writeUsers } from './write-community';
import { writeRevisions } from './write-revisions';
import { writeThreads } from './write-threads';
import { writeVotes } from './write-votes';

export { DEMO_PASSWORD };

/** Rows in each table after seeding (the whole table, not only demo rows). */
export interface SeedSummary {
  films: number;
  people: number;
  users: number;
  reviews: number;
  comments: number;
  reviewVotes: number;
  commentVotes: number;
}

export interface SeedOptions {
  /**
   * A review body's search text (lib/markdown/search-text.ts `searchableText`),
   * handed in because db/ never imports lib/: the seed writes it with each
   * review, as saveReview does.
   */
  searchText: (body: string) => string;
  /** The password hash every demo member signs in with (lib/auth/password.ts `hashPassword`), handed in likewise. */
  hashPassword: (password: string) => Promise<string>;
}

/**
 * Writes the demo catalogue and community. Idempotent: every row is found
 * again by its natural key (film and person slugs, user handles, a review's
 * film and author, a vote's primary key, a comment's review, author and body),
 * so a second run adds nothing. Runs as one transaction: a failure leaves the
 * database as it was.
 */
export async function seed(db: Database, { searchText, hashPassword }: SeedOptions): Promise<SeedSummary> {
  // argon2 is deliberately slow: hash once and share it between demo members.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Dates in the data are offsets ("12 days ago") from the moment of seeding.
  const now = new Date();

  return db.transaction(async (tx) => {
    const filmIds = await writeCatalogue(tx);
    const userIds = await writeUsers(tx, passwordHash, now);
    const seededReviews = await writeReviews(tx, filmIds, userIds, now, searchText);
    await writeRevisions(tx);
    const seededComments = await writeThreads(tx, seededReviews, userIds);
    await writeVotes(tx, seededReviews, seededComments, userIds, now);
    await recountCounters(tx);
    return summarise(tx);
  });
}

async function summarise(tx: Transaction): Promise<SeedSummary> {
  const [filmCount, personCount, userCount, reviewCount, commentCount, reviewVoteCount, commentVoteCount] = await Promise.all([
    tx.$count(films),
    tx.$count(people),
    tx.$count(users),
    tx.$count(reviews),
    tx.$count(comments),
    tx.$count(reviewVotes),
    tx.$count(commentVotes),
  ]);
  return {
    films: filmCount,
    people: personCount,
    users: userCount,
    reviews: reviewCount,
    comments: commentCount,
    reviewVotes: reviewVoteCount,
    commentVotes: commentVoteCount,
  };
}
