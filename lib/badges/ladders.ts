/**
 * Verdict's badges, defined in code. A ladder is a badge with tiers: each
 * tier is earned when the member's count reaches its threshold, and its
 * sentence names the next target ("You received more than 100 upvotes. Your
 * next target is to reach 200 upvotes."). A one-off badge is a ladder with a
 * single tier of 1.
 *
 * `count` names how the member's number is read (lib/badges/counts.ts); the
 * live grants and the backfill read it the same way, which is what lets the
 * backfill agree with them.
 */
export type BadgeCategory = 'upvotes' | 'writing' | 'conversation' | 'discovery' | 'membership';

export type BadgeCount =
  | 'upvotes-received'
  | 'upvotes-given'
  | 'reviews-published'
  | 'comments-posted'
  | 'replies-received'
  | 'first-verdicts'
  | 'long-reads'
  | 'remake-families'
  | 'countries-reviewed'
  | 'years-member';

export interface Ladder {
  key: string;
  name: string;
  category: BadgeCategory;
  count: BadgeCount;
  tiers: readonly number[];
  /** The noun for the count: "upvote"/"upvotes". */
  unit: readonly [one: string, many: string];
  /** What earning a tier of it says, without the next target. */
  achieved: (threshold: number) => string;
  /** How to earn it, for the catalogue and an unearned badge. */
  howTo: string;
}

const n = new Intl.NumberFormat('en');
const plural = (ladder: Pick<Ladder, 'unit'>, count: number) =>
  `${n.format(count)} ${count === 1 ? ladder.unit[0] : ladder.unit[1]}`;

export const LADDERS: readonly Ladder[] = [
  {
    key: 'upvotes-received',
    name: 'Upvotes received',
    category: 'upvotes',
    count: 'upvotes-received',
    tiers: [10, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
    unit: ['upvote', 'upvotes'],
    achieved: (t) => `You received more than ${n.format(t)} upvotes.`,
    howTo: 'Write reviews and comments that readers upvote.',
  },
  {
    key: 'upvotes-given',
    name: 'Upvotes given',
    category: 'upvotes',
    count: 'upvotes-given',
    tiers: [10, 50, 100, 200, 500, 1000],
    unit: ['upvote', 'upvotes'],
    achieved: (t) => `You gave more than ${n.format(t)} upvotes.`,
    howTo: 'Upvote the reviews and comments that helped you.',
  },
  {
    key: 'reviews-published',
    name: 'Reviews published',
    category: 'writing',
    count: 'reviews-published',
    tiers: [1, 5, 10, 25, 50, 100, 250],
    unit: ['review', 'reviews'],
    achieved: (t) => (t === 1 ? 'You published your first review.' : `You published ${n.format(t)} reviews.`),
    howTo: 'Publish reviews of the films you watch.',
  },
  {
    key: 'comments-posted',
    name: 'Comments posted',
    category: 'conversation',
    count: 'comments-posted',
    tiers: [1, 10, 50, 100, 500],
    unit: ['comment', 'comments'],
    achieved: (t) => (t === 1 ? 'You posted your first comment.' : `You posted ${n.format(t)} comments.`),
    howTo: 'Join the conversation under reviews.',
  },
  {
    key: 'replies-received',
    name: 'Replies received',
    category: 'conversation',
    count: 'replies-received',
    tiers: [10, 50, 100, 500],
    unit: ['reply', 'replies'],
    achieved: (t) => `You received more than ${n.format(t)} replies.`,
    howTo: 'Write reviews and comments that people answer.',
  },
  {
    key: 'first-verdict',
    name: 'First verdict',
    category: 'discovery',
    count: 'first-verdicts',
    tiers: [1],
    unit: ['film', 'films'],
    achieved: () => 'You wrote the first review of a film on Verdict.',
    howTo: 'Be the first member to review a film.',
  },
  {
    key: 'long-read',
    name: 'Long read',
    category: 'writing',
    count: 'long-reads',
    tiers: [1],
    unit: ['long read', 'long reads'],
    achieved: () => 'You wrote a review of more than 1,000 words that earned 10 upvotes.',
    howTo: 'Write a review of 1,000 words or more that earns 10 upvotes.',
  },
  {
    key: 'remake-critic',
    name: 'Remake critic',
    category: 'discovery',
    count: 'remake-families',
    tiers: [1],
    unit: ['remake family', 'remake families'],
    achieved: () => 'You reviewed two versions of the same film.',
    howTo: 'Review two or more versions of one film, such as an original and its remake.',
  },
  {
    key: 'globetrotter',
    name: 'Globetrotter',
    category: 'discovery',
    count: 'countries-reviewed',
    tiers: [5, 10, 20],
    unit: ['country', 'countries'],
    achieved: (t) => `You reviewed films from ${n.format(t)} countries.`,
    howTo: 'Review films made in many countries.',
  },
  {
    key: 'anniversary',
    name: 'Anniversary',
    category: 'membership',
    count: 'years-member',
    tiers: [1, 2, 5],
    unit: ['year', 'years'],
    achieved: (t) => `You have been a member of Verdict for ${t === 1 ? 'a year' : `${t} years`}.`,
    howTo: 'Stay with Verdict: a badge at one, two and five years.',
  },
];

const byKey = new Map(LADDERS.map((ladder) => [ladder.key, ladder]));

export function ladder(key: string): Ladder | undefined {
  return byKey.get(key);
}

/** The first tier above `threshold`, or undefined at the top of the ladder. */
export function nextTier(ladder: Ladder, threshold: number): number | undefined {
  return ladder.tiers.find((tier) => tier > threshold);
}

/** Whether `count` is exactly a tier of a ladder read from this count: the moment a +1 count crosses it. */
export function isThreshold(count: BadgeCount, value: number): boolean {
  return LADDERS.some((ladder) => ladder.count === count && ladder.tiers.includes(value));
}

/** The tiers a count has reached. */
export function tiersReached(ladder: Ladder, count: number): number[] {
  return ladder.tiers.filter((tier) => count >= tier);
}

/**
 * The sentence for earning a tier: what was achieved, then the next target
 * when there is one. "You received more than 100 upvotes. Your next target
 * is to reach 200 upvotes."
 */
export function badgeSentence(ladder: Ladder, threshold: number): string {
  const next = nextTier(ladder, threshold);
  return next === undefined
    ? ladder.achieved(threshold)
    : `${ladder.achieved(threshold)} Your next target is to reach ${plural(ladder, next)}.`;
}

/** "73 / 100 upvotes received", for progress bars. */
export function progressLabel(ladder: Ladder, count: number, target: number): string {
  return `${n.format(count)} / ${n.format(target)} ${ladder.name.toLowerCase()}`;
}

/** A tier's title for chips and lists: "Upvotes received · 100". */
export function tierTitle(ladder: Ladder, threshold: number): string {
  return ladder.tiers.length === 1 ? ladder.name : `${ladder.name} · ${n.format(threshold)}`;
}
