/**
 * Names and flags for ISO codes, from the runtime's own CLDR data (Intl), so
 * no table to maintain. Unknown codes fall back to the code itself.
 */
const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'code' });

/** "KR" → "South Korea". */
export function countryName(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return regionNames.of(upper) ?? code;
  } catch {
    return code;
  }
}

/** "KR" → "🇰🇷" (two regional-indicator symbols). Empty for anything but two letters. */
export function flagEmoji(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return '';
  const REGIONAL_INDICATOR_A = 0x1f1e6;
  return String.fromCodePoint(...[...upper].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65));
}

/** "ko" → "Korean", "pt-BR" → "Brazilian Portuguese". */
export function languageName(code: string): string {
  try {
    return languageNames.of(code.trim()) ?? code;
  } catch {
    return code;
  }
}

/** True when `code` is a well-formed BCP 47 tag, safe for a `lang` attribute. */
export function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}
