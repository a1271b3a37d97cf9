'use server';

import type { MorePage } from '@/components/feed/load-more';
import { ReviewListItems } from '@/components/review/review-list';
import { getViewer } from '@/lib/auth/viewer';
import { homeFeedHref, parseHomeFeedQuery } from '@/lib/reviews/params';
import { listHomeFeed } from '@/lib/reviews/home-feed-queries';
import { stringFields } from '@/lib/validation/params';
import { upvotedReviewIds } from '@/lib/members/reader-queries';

/**
 * Beside the routes because it answers with rendered list items, and lib/
 * never imports components: the one server action that is part view.
 *
 * The feed page after `after`, as list items for "Load more" to append. The
 * view (`sort`, `t`, bound) and the cursor are parsed like the page's own
 * URL — only string fields are read — so nothing here can be asked that the
 * page itself could not show.
 */
export async function loadHomeFeedPageAction(view: unknown, after: unknown): Promise<MorePage> {
  const query = parseHomeFeedQuery({ ...stringFields(view, ['sort', 't']), ...stringFields({ after }, ['after']) });
  const viewer = await getViewer();
  const page = await listHomeFeed(query, { viewerId: viewer?.id });
  const upvotedIds = await upvotedReviewIds(
    viewer?.id,
    page.reviews.map((review) => review.id),
  );
  return {
    items: (
      <ReviewListItems
        reviews={page.reviews}
        headingLevel={3}
        votes={{
          viewerHandle: viewer?.handle ?? null,
          upvotedIds,
          returnTo: homeFeedHref({ sort: query.sort, period: query.period }),
        }}
      />
    ),
    count: page.reviews.length,
    nextCursor: page.nextCursor,
    nextHref: page.nextCursor ? homeFeedHref({ ...query, after: page.nextCursor }) : null,
  };
}
