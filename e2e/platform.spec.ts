import { expect, test } from '@playwright/test';

test('/api/health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
});

test('pages carry the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
});

test('an unknown page is a friendly 404', async ({ page }) => {
  const response = await page.goto('/films/no-such-film-anywhere');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This reel is missing');
  await expect(page).toHaveTitle(/Not found · Verdict|Film not found · Verdict/);
});

test('a malformed review id is a 404, not an error', async ({ page }) => {
  for (const id of ['abc', '0', '99999999999', '1%27%20or%201=1']) {
    const response = await page.goto(`/reviews/${id}`);
    expect(response?.status(), id).toBe(404);
  }
});
