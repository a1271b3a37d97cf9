import { withDatabase } from './database';
import { expect, expectNoAxeViolations, newMember, signUp, test } from './fixtures';
import { linkIn, mailTo, waitForMail } from './mail';

const VERIFY_SUBJECT = /^Verify your Verdict email address$/;

test('sign-up mails a verification link, and opening it verifies the address', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  const banner = page.getByRole('complementary', { name: 'Verify your address' });
  await expect(banner).toContainText(member.email);
  await expectNoAxeViolations(page);

  const mail = await waitForMail(member.email, VERIFY_SUBJECT);
  expect(mail.from).toBe('verdict@example.com');
  expect(mail.text).toContain('Verdict');
  expect(mail.html).toContain('Verify this address');
  await page.goto(linkIn(mail, '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'Your address is verified' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Used once, the link says so in words.
  await page.goto(linkIn(mail, '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('already used');
});

test('an unverified member can ask for a new link; only the newest one works', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  const first = await waitForMail(member.email, VERIFY_SUBJECT);

  await page.getByRole('button', { name: 'Send a new link' }).click();
  await expect(page.getByRole('complementary', { name: 'Verify your address' })).toContainText(
    `A new link is on its way to ${member.email}`,
  );
  await expect.poll(async () => (await mailTo(member.email)).length).toBe(2);
  const second = (await mailTo(member.email)).at(-1)!;

  await page.goto(linkIn(first, '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await page.goto(linkIn(second, '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'Your address is verified' })).toBeVisible();
});

test('expired and made-up verification links are answered in words, never a 500', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  const mail = await waitForMail(member.email, VERIFY_SUBJECT);
  await withDatabase(
    (sql) => sql`update verification_tokens set expires = now() - interval '1 minute'
                 where identifier like ${`verify-email:%:${member.email}`}`,
  );
  await page.goto(linkIn(mail, '/verify-email?token='));
  await expect(page.getByRole('main').getByRole('alert')).toContainText('has expired');
  await expect(page.getByRole('button', { name: 'Send a new link' })).toBeVisible();

  for (const token of ['x'.repeat(43), 'not-a-token', '']) {
    const response = await page.goto(`/verify-email?token=${token}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('does not work');
  }
});

test('changing the email confirms the new address first and tells the old one', async ({ page }) => {
  const member = newMember();
  const newEmail = `moved-${member.email}`;
  await signUp(page, member);
  await page.goto('/settings');
  await page.getByLabel('New email address').fill('not an address');
  await page.getByRole('button', { name: 'Change email' }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('New email address')).toHaveValue('not an address');

  await page.getByLabel('New email address').fill(newEmail);
  await page.getByRole('button', { name: 'Change email' }).click();
  await expect(page.getByText(`To finish, open the link we sent to ${newEmail}`)).toBeVisible();
  const notice = await waitForMail(member.email, /email address is being changed/);
  expect(notice.text).toContain(newEmail);
  const confirmation = await waitForMail(newEmail, /Confirm your new Verdict email address/);
  await page.reload();
  await expect(page.getByText(`Verdict writes to ${member.email}`)).toBeVisible();

  await page.goto(linkIn(confirmation, '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'Your new address is confirmed' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByText(`Verdict writes to ${newEmail}.`)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Verify your address' })).toHaveCount(0);
});
