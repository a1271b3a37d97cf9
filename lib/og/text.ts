/**
 * Text for Open Graph images, kept to what the bundled font draws (Latin
 * with accents, common punctuation). Anything else would make next/og fetch
 * a font or emoji from the network to draw it, which Verdict never does; a
 * title in another script is simply left out, with the English title shown.
 */
const DRAWABLE = /[^\u0020-\u024F\u2010-\u2026\u00B7]/gu;

export function ogText(value: string | null | undefined, maxLength = 120): string {
  const text = (value ?? '').replace(DRAWABLE, '').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
