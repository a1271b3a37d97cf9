import { expect, expectNoAxeViolations, formAlert, newMember, signIn, signUp, test } from './fixtures';

test('a member edits their display name and bio; a problem keeps what was typed', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto('/settings');
  await expect(page).toHaveTitle('Settings · Verdict');
  await expectNoAxeViolations(page);

  await page.getByLabel('Display name').fill('   ');
  await page.getByLabel('Bio').fill('Slow cinema, loud opinions.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter the name to show on your reviews.')).toBeVisible();
  await expect(page.getByLabel('Bio')).toHaveValue('Slow cinema, loud opinions.');

  await page.getByLabel('Display name').fill('Min-seo, film nerd');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();

  await page.goto(`/u/${member.handle}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Min-seo, film nerd' })).toBeVisible();
  await expect(page.getByText('Slow cinema, loud opinions.')).toBeVisible();
});

test('"Download my data" gives the member their own data as JSON', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const file = await download;
  const data = JSON.parse(
    await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')),
  );
  expect(data.profile).toMatchObject({ handle: member.handle, email: member.email });
  expect(JSON.stringify(data)).not.toContain(member.password);
});

test('signed out, the data download is refused', async ({ request }) => {
  const response = await request.get('/settings/export');
  expect(response.status()).toBe(401);
});

test('deleting an account needs the password, then signs out for good', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto('/settings');
  await page.getByLabel('Remove my reviews and comments').check();
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not my password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('That password is not right.')).toBeVisible();
  await expect(page.getByLabel('Remove my reviews and comments')).toBeChecked();
  await expect(formAlert(page).first()).toBeVisible();

  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.goto(`/u/${member.handle}`))!.status()).toBe(404);
  await signIn(page, member.email, member.password);
  await expect(formAlert(page)).toContainText('do not match');
});

test('signed out, settings send you to sign in and back', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
});
