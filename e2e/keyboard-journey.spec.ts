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

test('a member signs up, reviews, upvotes, replies and sets notices by keyboard alone, focus always visible', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const member = newMember();
  const journey = { page, member, checkFocus: true };
  await signUpStep(journey);
  await findFilmStep(journey);
  await writeReviewStep(journey, `Upstairs, downstairs ${member.handle}`);
  await upvoteStep(journey);
  await replyStep(journey, `The stairs say it all, ${member.handle}.`);
  await notificationsStep(journey);
  await stopBadgeNoticesStep(journey);
});
