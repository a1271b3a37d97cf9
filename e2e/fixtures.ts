import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Each test is its own client: the server trusts one proxy
 * (TRUSTED_PROXY_HOPS=1), so the last X-Forwarded-For entry is the client,
 * and a test gets one of its own from the documentation ranges; one test's
 * sign-ups never spend another's budget. The first entry is what a client
 * might claim, and is ignored.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, use) => {
    const octet = () => Math.floor(Math.random() * 254) + 1;
    await use({ 'x-forwarded-for': `203.0.113.${octet()}, 198.51.100.${octet()}` });
  },
});

export { expect };

/** An Upvote button's name: its word, then the count it shows ("Upvote, 12 upvotes"). */
export const UPVOTE = /^Upvote, [\d,]+ upvotes?$/;

let counter = 0;

/** A member no other test knows: every test signs up its own. */
export function newMember() {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e4)}`;
  return {
    displayName: `Test Reader ${id}`,
    handle: `reader-${id}`,
    email: `reader-${id}@example.com`,
    password: `a fine password ${id}`,
  };
}

export type Member = ReturnType<typeof newMember>;

/** Fills in and sends the sign-up form, whatever it answers. */
export async function submitSignUp(page: Page, member: Member) {
  await page.goto('/signup');
  await page.getByLabel('Display name').fill(member.displayName);
  await page.getByLabel('Handle').fill(member.handle);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
}

export async function signUp(page: Page, member: Member) {
  await submitSignUp(page, member);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** The form's own message (Next's route announcer is an alert too, so look inside the form). */
export function formAlert(page: Page) {
  return page.locator('form').getByRole('alert');
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** What axe checks: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every violation axe finds on the page as it stands, whatever its impact (minor too), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Verdict's pages have no frames, so axe runs in the page itself (legacy
  // mode) rather than in each frame and then again in a blank page; and it
  // sends back only the violations. Every rule still runs.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .map((node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .slice(0, 5)
        .join('\n    ')}`,
  );
}

/** Fails with the list of violations axe finds on the page as it stands (`where` says which view, if given). */
export async function expectNoAxeViolations(page: Page, where?: string) {
  const summary = await axeViolations(page);
  expect(summary, [where, ...summary].filter(Boolean).join('\n')).toEqual([]);
}
