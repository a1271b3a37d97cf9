import type { SeedFilm } from './types';

/**
 * The demo catalogue: the Miracle in Cell No. 7 family and the films its
 * audiences compare it with. Originals come before their versions. Facts we
 * were not sure of are left out rather than guessed.
 */
export const films: SeedFilm[] = [
  {
    slug: 'miracle-in-cell-no-7',
    title: 'Miracle in Cell No. 7',
    originalTitle: '7번방의 선물',
    year: 2013,
    country: 'KR',
    language: 'ko',
    runtimeMinutes: 127,
    basedOnTrueEvents: true,
    synopsis:
      'Yong-gu has the mind of a young child and one reason to get up each morning: his bright, fiercely loyal daughter Ye-seung. When he is wrongly convicted of a terrible crime, he lands in a crowded cell full of hardened men who expect nothing from anybody. What happens next turns a prison comedy into a story about how far people will go for a family that is not their own.',
  },
  {
    slug: 'miracle-in-cell-no-7-2019',
    title: 'Miracle in Cell No. 7',
    originalTitle: '7. Koğuştaki Mucize',
    year: 2019,
    country: 'TR',
    language: 'tr',
    runtimeMinutes: 132,
    versionOf: 'miracle-in-cell-no-7',
    synopsis:
      'In a village in the Turkish countryside, a gentle shepherd named Memo lives for his little girl Ova and the sheep they tend together. An accusation he cannot even understand sends him to prison, far from the only person who can make sense of him. The Turkish retelling trades the original’s slapstick for sun-bleached landscapes and a slower, sadder ache.',
  },
  {
    slug: 'miracle-in-cell-no-7-2022-philippines',
    title: 'Miracle in Cell No. 7',
    year: 2022,
    country: 'PH',
    language: 'tl',
    versionOf: 'miracle-in-cell-no-7',
    synopsis:
      'A devoted father with an intellectual disability is jailed for a crime he did not commit, and the men sharing his cell slowly discover who he really is. The Filipino version leans into family warmth, song and the gallows humour of an overcrowded jail. It was made for the holiday crowd, and it wants the whole row in tears.',
  },
  {
    slug: 'miracle-in-cell-no-7-2022-indonesia',
    title: 'Miracle in Cell No. 7',
    year: 2022,
    country: 'ID',
    language: 'id',
    versionOf: 'miracle-in-cell-no-7',
    synopsis:
      'Dodo Rozak loves his daughter Kartika more than anything in the world, and cannot explain himself when the police come for him. Behind bars he becomes the unlikely heart of a cell of career criminals. The Indonesian remake keeps the original’s shape but gives it local faces, local jokes and a louder comic rhythm.',
  },
  {
    slug: 'i-am-sam',
    title: 'I Am Sam',
    year: 2001,
    country: 'US',
    language: 'en',
    runtimeMinutes: 132,
    synopsis:
      'Sam Dawson works at a coffee shop, knows every Beatles song by heart and is raising his daughter Lucy on his own. When Lucy’s understanding starts to outgrow his, the state questions whether he can keep her. He turns to a brisk, overbooked lawyer who has no idea how much the case will change her.',
  },
  {
    slug: 'rain-man',
    title: 'Rain Man',
    year: 1988,
    country: 'US',
    language: 'en',
    runtimeMinutes: 133,
    synopsis:
      'A fast-talking car dealer learns that his late father left the family fortune to a brother he never knew he had. Raymond, an autistic savant, has lived for years in an institution, and Charlie sees him mostly as a way to the money. A long drive across the country, with no flights allowed, changes what each brother means to the other.',
  },
  {
    slug: 'whats-eating-gilbert-grape',
    title: 'What’s Eating Gilbert Grape',
    year: 1993,
    country: 'US',
    language: 'en',
    runtimeMinutes: 118,
    synopsis:
      'In a small Iowa town where nothing ever arrives, Gilbert Grape holds his family together: a mother who has not left the house in years, two sisters, and a younger brother, Arnie, who needs watching every minute. A young woman stranded in town with her grandmother makes Gilbert wonder what his own life might be.',
  },
  {
    slug: 'masquerade',
    title: 'Masquerade',
    originalTitle: '광해, 왕이 된 남자',
    year: 2012,
    country: 'KR',
    language: 'ko',
    runtimeMinutes: 131,
    synopsis:
      'Fearing assassination, King Gwanghae of Joseon has his advisers find a double. They settle on Ha-seon, a bawdy street performer who happens to share the king’s face. When the real king falls ill, the commoner has to play the part in earnest, and he turns out to have ideas of his own about what a ruler owes his people.',
  },
  {
    slug: 'forrest-gump',
    title: 'Forrest Gump',
    year: 1994,
    country: 'US',
    language: 'en',
    runtimeMinutes: 142,
    synopsis:
      'Sitting on a bench in Savannah, a kind, literal-minded man from Alabama tells strangers the story of his life. Without meaning to, he has wandered through decades of American history, always loyal to his mother’s sayings and to the girl he loved as a boy. The film is a fable, a comedy and a long look back at a country changing around him.',
  },
  {
    slug: 'life-is-beautiful',
    title: 'Life Is Beautiful',
    originalTitle: 'La vita è bella',
    year: 1997,
    country: 'IT',
    language: 'it',
    runtimeMinutes: 116,
    synopsis:
      'Guido, a Jewish bookseller with a clown’s timing, woos a schoolteacher in 1930s Tuscany with one ridiculous stunt after another. Years later the same imagination becomes his only tool, as he tries to shield his small son from the truth of where the war has taken them. The first half is romantic comedy; the second asks what comedy is for.',
  },
  {
    slug: 'the-intouchables',
    title: 'The Intouchables',
    originalTitle: 'Intouchables',
    year: 2011,
    country: 'FR',
    language: 'fr',
    runtimeMinutes: 112,
    basedOnTrueEvents: true,
    synopsis:
      'A wealthy Parisian left paralysed after an accident needs a live-in carer. He hires the least qualified applicant, a young man from the suburbs who only came for a signature on his benefits form. Neither of them is interested in pity, and that turns out to be the point.',
  },
  {
    slug: 'parasite',
    title: 'Parasite',
    originalTitle: '기생충',
    year: 2019,
    country: 'KR',
    language: 'ko',
    runtimeMinutes: 132,
    synopsis:
      'The Kim family lives in a semi-basement apartment, folding pizza boxes and stealing wifi. When the son lands a tutoring job with the wealthy Park family, the rest of the Kims see an opening, one carefully staged introduction at a time. What begins as a con comedy turns into something much harder to laugh at.',
  },
  {
    slug: 'wonder',
    title: 'Wonder',
    year: 2017,
    country: 'US',
    language: 'en',
    runtimeMinutes: 113,
    synopsis:
      'Auggie Pullman was born with a facial difference and has been home-schooled through years of surgeries. Now ten, he starts fifth grade at a real school, where stares and whispers are only the beginning. The film follows his year, and takes the time to see it through the eyes of the people around him too.',
  },
  {
    slug: 'taare-zameen-par',
    title: 'Taare Zameen Par',
    originalTitle: 'तारे ज़मीन पर',
    year: 2007,
    country: 'IN',
    language: 'hi',
    runtimeMinutes: 165,
    synopsis:
      'Eight-year-old Ishaan lives in a world of colours, fish and daydreams, and keeps failing at school. His exasperated parents send him away to a strict boarding school, where he goes quiet. A new art teacher recognises something in his struggles that everyone else has mistaken for laziness.',
  },
];
