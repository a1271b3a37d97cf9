import type { Locator, Page } from '@playwright/test';

import { expect } from './fixtures';

/**
 * Fails unless the focused element is a visible element other than the
 * body, drawn with a focus indicator a sighted keyboard user can see: an
 * outline or a box-shadow ring (no blur, some spread) on the element or, for
 * a control styled through its wrapper (a star radio, the review's writing
 * surface), on an ancestor a few levels up. A ring on an element painted at
 * opacity 0 does not count.
 */
export async function expectVisibleFocus(page: Page, step: string) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'none'), { message: `${step}: focus was lost` })
    .not.toMatch(/^(BODY|HTML|none)$/);
  await expect(page.locator(':focus'), `${step}: the focused element is visible`).toBeVisible();
  const ring = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const painted = (node: Element) => {
      for (let at: Element | null = node; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (Number(style.opacity) === 0 || style.visibility === 'hidden') return false;
      }
      return true;
    };
    const shadowRing = (shadow: string) =>
      shadow !== 'none' &&
      shadow.split(/,(?![^(]*\))/).some((layer) => {
        const color = layer.match(/(rgba?|oklch|oklab|color)\([^)]*\)/)?.[0] ?? '';
        const lengths =
          layer
            .replace(color, '')
            .match(/-?[\d.]+px/g)
            ?.map(parseFloat) ?? [];
        return !transparent(color) && lengths.length === 4 && lengths[2] === 0 && lengths[3]! > 0;
      });
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node === focused ? '' : ' (around the focused element)'}`;
    let node: Element | null = focused;
    for (let depth = 0; node && node !== document.body && depth < 4; depth += 1, node = node.parentElement) {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
      if ((outline || shadowRing(style.boxShadow)) && painted(node)) return { found: true, on: describe(node) };
    }
    return { found: false, on: describe(focused) };
  });
  expect(ring.found, `${step}: ${ring.on} is focused with no visible focus indicator`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it never does. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 150 } = {}) {
  // Resolved once, not per press (finding by role reads the whole page); again if React replaced the node.
  let element = await target.first().elementHandle();
  for (let presses = 0; presses <= max; presses += 1) {
    const state = await element!.evaluate((node) => (node.isConnected ? node === document.activeElement : null));
    if (state === true) return;
    if (state === null) element = await target.first().elementHandle();
    else if (presses < max) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}; focus is on ${at}`);
}
