import { startTransition, useState } from 'react';

export interface VoteState {
  upvoted: boolean;
  count: number;
}

/**
 * The votes this tab has settled, by what they were cast on ("review:12").
 *
 * A vote's action answers with its own result only: re-rendering the whole
 * page into every answer would cost more than the vote. So a page the router
 * restores from its cache (Back, Forward) still holds the state from before
 * the vote. A button whose page shows exactly the state a vote here started
 * from shows what the vote left instead; any other state is newer news from
 * the server, and wins.
 */
const settled = new Map<string, { from: VoteState; to: VoteState }>();

const same = (a: VoteState, b: VoteState) => a.upvoted === b.upvoted && a.count === b.count;

function recall(target: string, rendered: VoteState): VoteState {
  // Only the browser remembers: on the server this module is shared by every request.
  if (typeof window === 'undefined') return rendered;
  const vote = settled.get(target);
  return vote && same(vote.from, rendered) ? vote.to : rendered;
}

/**
 * A vote button's settled state: what the page rendered, or what a vote in
 * this tab has since left; `settle` records a vote's answer.
 */
export function useSettledVote(target: string, rendered: VoteState): [VoteState, (next: VoteState) => void] {
  const [state, setState] = useState(() => recall(target, rendered));
  // A new render from the server (a navigation, a refresh) brings new props: start from them again.
  const [seen, setSeen] = useState(rendered);
  if (!same(seen, rendered)) {
    setSeen(rendered);
    setState(recall(target, rendered));
  }
  const settle = (next: VoteState) => {
    settled.set(target, { from: state, to: next });
    // After an await the update is not part of the action's transition unless marked as one.
    startTransition(() => setState(next));
  };
  return [state, settle];
}
