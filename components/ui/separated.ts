/**
 * For items in a wrapping meta line ("2019 · Türkiye · 2 h 12 min"): a middle
 * dot after every item but the last, drawn by CSS so a wrapped line never
 * starts with a dot and screen readers never read one.
 */
export const separatedItem = "whitespace-nowrap after:mx-2 after:content-['·'] last:after:content-none";
