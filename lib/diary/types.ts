/** One watch in a member's diary. */
export interface DiaryEntryView {
  id: number;
  /** The day watched, `YYYY-MM-DD`: a calendar date with no time zone. */
  watchedOn: string;
  rewatch: boolean;
  /** 1–10, null when the watch was logged without one. */
  rating: number | null;
  /** The member's review linked to this watch, if they linked one and it is still published. */
  reviewId: number | null;
  film: { slug: string; title: string; year: number; posterPath: string | null };
}

/** A diary month: "March 2026" and its watches, newest first. */
export interface DiaryMonth {
  key: string;
  label: string;
  entries: DiaryEntryView[];
}

export interface DiaryPage {
  member: { handle: string; displayName: string };
  entries: DiaryEntryView[];
  /** Where the next, older page starts; null on the last. */
  nextCursor: string | null;
}

/** What a film page shows the signed-in member about their own watching of it. */
export interface FilmWatchState {
  onWatchlist: boolean;
  /** Their published review of the film, which a watch may link to. */
  ownReviewId: number | null;
  /** Their latest watches of it, newest first. */
  watches: Array<{ watchedOn: string; rewatch: boolean }>;
}

/** A review's linked watch: "Watched 3 Mar 2026 · rewatch". */
export interface LinkedWatch {
  watchedOn: string;
  rewatch: boolean;
}
