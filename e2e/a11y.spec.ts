import { expect, expectNoAxeViolations, test } from './fixtures';

for (const path of ['/signin', '/signup', '/films/does-not-exist']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('/films');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
