import { test, newMember } from './fixtures';
import {
  findFilmStep,
  notificationsStep,
  replyStep,
  signUpStep,
  stopBadgeNoticesStep,
  upvoteStep,
  writeReviewStep,
} from './journey';

test.use({ javaScriptEnabled: false });

test('without JavaScript the same journey works through plain form posts', async ({ page }) => {
  test.setTimeout(240_000);
  const member = newMember();
  const journey = { page, member, checkFocus: false };
  await signUpStep(journey);
  await findFilmStep(journey);
  await writeReviewStep(journey, `No script, still a verdict ${member.handle}`);
  await upvoteStep(journey);
  await replyStep(journey, `Replied without script, ${member.handle}.`);
  await notificationsStep(journey);
  await stopBadgeNoticesStep(journey);
});
