import type { SeedProvider } from './types';

/**
 * Where to look for each film. These are links only, and offers change by the
 * week, so most point at a search page (JustWatch per region, a store's home)
 * rather than a title page that could go stale.
 */
const justWatch = (region: string, title: string): SeedProvider => ({
  name: 'JustWatch',
  url: `https://www.justwatch.com/${region.toLowerCase()}/search?q=${encodeURIComponent(title)}`,
  region,
});
const netflix = (region: string): SeedProvider => ({ name: 'Netflix', url: 'https://www.netflix.com/', region });
const appleTv = (region: string): SeedProvider => ({ name: 'Apple TV', url: 'https://tv.apple.com/', region });
const primeVideo = (region: string): SeedProvider => ({
  name: 'Prime Video',
  url: 'https://www.primevideo.com/',
  region,
});

export const providers: Record<string, SeedProvider[]> = {
  'miracle-in-cell-no-7': [justWatch('KR', '7번방의 선물'), justWatch('US', 'Miracle in Cell No. 7')],
  'miracle-in-cell-no-7-2019': [netflix('TR'), netflix('US'), justWatch('TR', '7. Koğuştaki Mucize')],
  'miracle-in-cell-no-7-2022-philippines': [justWatch('PH', 'Miracle in Cell No. 7')],
  'miracle-in-cell-no-7-2022-indonesia': [justWatch('ID', 'Miracle in Cell No. 7')],
  'i-am-sam': [appleTv('US'), justWatch('US', 'I Am Sam')],
  'rain-man': [appleTv('US'), primeVideo('US'), justWatch('US', 'Rain Man')],
  'whats-eating-gilbert-grape': [appleTv('US'), justWatch('GB', "What's Eating Gilbert Grape")],
  masquerade: [justWatch('KR', '광해, 왕이 된 남자'), justWatch('US', 'Masquerade')],
  'forrest-gump': [appleTv('US'), primeVideo('US'), justWatch('US', 'Forrest Gump')],
  'life-is-beautiful': [justWatch('IT', 'La vita è bella'), justWatch('US', 'Life Is Beautiful')],
  'the-intouchables': [justWatch('FR', 'Intouchables'), justWatch('US', 'The Intouchables')],
  parasite: [justWatch('KR', '기생충'), appleTv('US'), justWatch('US', 'Parasite')],
  wonder: [appleTv('US'), justWatch('US', 'Wonder')],
  'taare-zameen-par': [justWatch('IN', 'Taare Zameen Par'), justWatch('US', 'Like Stars on Earth')],
};
