'use client';

import { useEffect } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Where focus goes once the element that had it is gone: the element the
 * address's #fragment names (the comment just posted, say), else the page's
 * heading, else the main landmark. Headings and landmarks are not tab stops,
 * so they are made focusable for as long as they hold focus.
 */
function landing(): HTMLElement | null {
  const main = document.getElementById('main');
  const id = decodeURIComponent(window.location.hash.slice(1));
  const named = id ? document.getElementById(id) : null;
  if (named && main?.contains(named)) return named;
  return main?.querySelector<HTMLElement>('h1') ?? main;
}

function focusWithoutScrolling(target: HTMLElement) {
  if (!target.matches(FOCUSABLE)) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  // The router (or the fragment) has already scrolled to where the reader should be.
  target.focus({ preventScroll: true });
}

/**
 * Keeps keyboard focus on the page. The App Router leaves focus alone when
 * it swaps a page, and React removes elements that had it (the link just
 * followed, a form that closed after it was sent): focus then falls back to
 * the document, and the next Tab starts again from the top of the page. When
 * the focused element leaves the document, this moves focus to where the
 * reader has landed instead. Focus moved by script shows its ring only to
 * keyboard users (:focus-visible follows the last input).
 */
export function FocusRecovery() {
  useEffect(() => {
    let focused: Element | null = document.activeElement;
    const remember = (event: FocusEvent) => {
      focused = event.target as Element;
    };
    const recover = () => {
      if (focused === null || focused.isConnected) return;
      focused = null;
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const target = landing();
      if (target) focusWithoutScrolling(target);
    };
    document.addEventListener('focusin', remember);
    const observer = new MutationObserver(recover);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', remember);
      observer.disconnect();
    };
  }, []);
  return null;
}
