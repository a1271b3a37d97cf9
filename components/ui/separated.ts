/**
 * For items in a wrapping meta line ("2019 · Türkiye · 2 h 12 min"): a middle
 * dot after every item but the last, drawn by CSS (`.separated-item` in
 * ui.css) so a wrapped line never starts with a dot.
 */
export const separatedItem = 'separated-item';
