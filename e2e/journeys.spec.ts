import { newMember, test } from './fixtures';
import { walkJourney } from './journey';

/**
 * One member's first evening, twice: by keyboard alone with focus checked
 * after every step, and with JavaScript off, through plain form posts.
 */
test('a member signs up, reviews, upvotes, replies and sets notices by keyboard alone, focus always visible', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const member = newMember();
  await walkJourney(
    { page, member, checkFocus: true },
    { title: `Upstairs, downstairs ${member.handle}`, reply: `The stairs say it all, ${member.handle}.` },
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same journey works through plain form posts', async ({ page }) => {
    test.setTimeout(240_000);
    const member = newMember();
    await walkJourney(
      { page, member, checkFocus: false },
      { title: `No script, still a verdict ${member.handle}`, reply: `Replied without script, ${member.handle}.` },
    );
  });
});
