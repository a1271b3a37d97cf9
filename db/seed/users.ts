import type { SeedUser } from './types';

/** Every demo member signs in with this password (hashed once per seed run). */
export const DEMO_PASSWORD = 'verdict-demo';

/** The demo community. Emails are `<handle>@example.com`. */
export const users: SeedUser[] = [
  {
    handle: 'jiwoo',
    displayName: 'Han Ji-woo',
    joinedDaysAgo: 74,
    bio: 'Busan born, Seoul based. I cry at films and refuse to apologise for it. Korean family dramas, big scores, anything with a father and a daughter in it. 영화는 마음으로 보는 거예요.',
  },
  {
    handle: 'eleanor_voss',
    displayName: 'Eleanor Voss',
    joinedDaysAgo: 71,
    bio: 'London. Recovering film-studies lecturer. I believe a film should earn its tears, and I will tell you, at length, when it has not. Favourite director changes weekly; currently Agnès Varda.',
  },
  {
    handle: 'amara_okafor',
    displayName: 'Amara Okafor',
    role: 'moderator',
    joinedDaysAgo: 73,
    bio: 'Lagos. Moderator here, nurse everywhere else. I watch films on night-shift breaks and review them on the bus home. Be kind in the comments; I read them all.',
  },
  {
    handle: 'deniz_yilmaz',
    displayName: 'Deniz Yılmaz',
    joinedDaysAgo: 66,
    bio: 'İzmir. Translator by day, Turkish-cinema evangelist by night. Yes, I will defend Yeşilçam melodrama in public.',
  },
  {
    handle: 'marco_reyes',
    displayName: 'Marco Reyes',
    joinedDaysAgo: 64,
    bio: 'Quezon City. Dad of two, Metro Manila Film Festival regular since I was a kid. I rate films by how many people in my row were crying.',
  },
  {
    handle: 'sari_wulandari',
    displayName: 'Sari Wulandari',
    joinedDaysAgo: 63,
    bio: 'Yogyakarta. Primary-school teacher, weekend cinema volunteer. Indonesian films, remakes and the stories we keep retelling. 🎬',
  },
  {
    handle: 'lucas_ferreira',
    displayName: 'Lucas Ferreira',
    joinedDaysAgo: 69,
    bio: 'Porto Alegre. Editor. I watch the same story told four ways and take notes on what changed. Remakes, adaptations, cuts.',
  },
  {
    handle: 'priya_raman',
    displayName: 'Priya Raman',
    joinedDaysAgo: 68,
    bio: 'Chennai. Special educator for fifteen years. I write about how films show disability, learning differences and the families around them: what they get right, and what they could do better.',
  },
  {
    handle: 'sofia_lindqvist',
    displayName: 'Sofia Lindqvist',
    joinedDaysAgo: 62,
    bio: 'Malmö. Short reviews, strong opinions. If a film tells me when to cry, I will not.',
  },
  {
    handle: 'tomas_novak',
    displayName: 'Tomáš Novák',
    joinedDaysAgo: 70,
    bio: 'Brno. Film school dropout, projectionist for a decade. Interested in structure, tone and the moment a comedy stops being one.',
  },
  {
    handle: 'yuki_tanaka',
    displayName: 'Yuki Tanaka',
    joinedDaysAgo: 65,
    bio: 'Osaka. I collect soundtracks on vinyl and review films mostly with my ears. Composers deserve more credit than they get.',
  },
  {
    handle: 'jules_martin',
    displayName: 'Jules Martin',
    joinedDaysAgo: 61,
    bio: 'Lyon. Cinémathèque regular, Bong Joon-ho completist, reluctant fan of crowd-pleasers.',
  },
];
