import type { Browser, Page, TestInfo } from '@playwright/test';

import { axeViolations, expect, newMember, signIn, signUp, test } from './fixtures';
import { prepareWorld, ROUTES, type Visitor, type WalkWorld, WALKER_NAME } from './route-walk';

/**
 * Every page of the site, as each kind of visitor sees it, in both colour
 * schemes and at a phone's and a desktop's width, passes axe with no
 * violation of any impact. Each visitor signs in once (sign-in is throttled
 * per email) and loads each page once: the scheme and width change in place
 * before each check. The three visitors walk at the same time, one browser
 * tab each, so both cores work.
 */
const LOOKS = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
  { scheme: 'dark', width: 375 },
  { scheme: 'light', width: 375 },
] as const;

// A failure names its route, visitor, scheme and width; a trace of some
// four hundred axe runs would only slow the walk down.
test.use({ trace: 'off' });

const MODERATOR = { email: 'amara_okafor@example.com', password: 'verdict-demo' };

/** A tab in a context of its own, as a client of its own (see the `extraHTTPHeaders` fixture). */
async function newTab(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${octet()}, 198.51.100.${octet()}` },
    // Colours are read as they settle, not halfway through a transition.
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/**
 * Waits out the colour transitions a scheme switch starts: even at reduced
 * motion's 0.01 ms they end only on the next frame, and axe must read the
 * colours a reader sees, not a dark text still fading out on a light page.
 */
async function colorsSettled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Checks the page in every look; returns one message per look that failed. */
async function checkEveryLook(page: Page, where: string): Promise<string[]> {
  const failures: string[] = [];
  for (const { scheme, width } of LOOKS) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await colorsSettled(page);
    const violations = await axeViolations(page);
    if (violations.length > 0) failures.push(`${where}, ${scheme}, ${width} px:\n  ${violations.join('\n  ')}`);
  }
  return failures;
}

/** Every route the visitor may see, each loaded once and checked in every look. */
async function walk(page: Page, visitor: Visitor, world: WalkWorld): Promise<string[]> {
  const failures: string[] = [];
  for (const stop of ROUTES.filter((route) => route.who.includes(visitor))) {
    const path = stop.path(world);
    const where = `${path} (${stop.name}) as ${visitor}`;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status(), where).toBe(stop.notFound ? 404 : 200);
    await expect(page.locator('main'), where).toBeVisible();
    await stop.shows?.(page);
    failures.push(...(await checkEveryLook(page, where)));
    if (stop.open) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await stop.open(page);
      failures.push(...(await checkEveryLook(page, `${where}, opened`)));
    }
  }
  return failures;
}

test('every page passes axe, for every visitor, in both schemes at 375 and 1280 px', async ({ browser }, testInfo) => {
  test.setTimeout(900_000);
  const member = { ...newMember(), displayName: WALKER_NAME };
  const [guestTab, memberTab, moderatorTab] = await Promise.all([1, 2, 3].map(() => newTab(browser, testInfo)));
  await signUp(memberTab!, member);
  await signIn(moderatorTab!, MODERATOR.email, MODERATOR.password);
  await expect(moderatorTab!.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const world = await prepareWorld(member.handle);

  const started = Date.now();
  const failures = (
    await Promise.all([
      walk(guestTab!, 'signed out', world),
      walk(memberTab!, 'member', world),
      walk(moderatorTab!, 'moderator', world),
    ])
  ).flat();
  testInfo.annotations.push({ type: 'walk', description: `${Math.round((Date.now() - started) / 1000)} s` });
  expect(failures, failures.join('\n\n')).toEqual([]);
});
