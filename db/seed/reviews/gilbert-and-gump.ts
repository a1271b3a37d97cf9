import type { SeedReview } from '../types';

/** Two small-town American families, reviewed four ways. */
export const gilbertAndGumpReviews: SeedReview[] = [
  {
    key: 'sofia-gilbert',
    film: 'whats-eating-gilbert-grape',
    author: 'sofia_lindqvist',
    title: 'Finally, a film that does not tell me when to cry',
    rating: 9,
    containsSpoilers: true,
    daysAgo: 43.1,
    body: `I am known around here for disliking films that press the tears button. So let me be clear: **this is how you do it.**

## No buttons

Nothing in *What's Eating Gilbert Grape* is underlined. The score is gentle and mostly absent. Scenes end before the big line. Gilbert's life is exhausting and the film lets it be exhausting: the same chores, the same town, the same brother climbing the same water tower. You feel the weight because it never asks you to.

## Arnie

Leonardo DiCaprio was a teenager when he made this, and he plays Arnie with no vanity and no sentiment. Arnie is joyful, infuriating and sometimes in real danger, and the people who love him are often angry with him. That is a family. Not a poster.

## Bonnie

Darlene Cates as the mother is the bravest thing in the film. The town laughs at her; the film never does. Her scenes with Gilbert are full of shame and love at the same time, and I don't know another American film of the period that looks at a body like hers with this much respect.

## The ending

I won't describe it in detail, but >!the family's last decision about the house!< is one of the few endings I know that is both a farewell and an act of protection. No speech. Just a decision.

## Quibbles

- Juliette Lewis's Becky is more of an idea than a person: the girl from outside who shows Gilbert a bigger sky.
- Johnny Depp is maybe *too* withdrawn in places. Then again, so is Gilbert.

**9/10.** Watch this instead of any film that has made you feel guilty for not crying.`,
  },
  {
    key: 'yuki-gilbert',
    film: 'whats-eating-gilbert-grape',
    author: 'yuki_tanaka',
    title: 'The sound of a town where nothing arrives',
    rating: 8,
    daysAgo: 27.6,
    body: `A review mostly with my ears again, sorry.

## The score

Alan Parker and Björn Isfält wrote a score that is almost not there. A few soft themes on piano and guitar, a little folk colour, then silence. For a film about a young man who feels he is disappearing, that is exactly right: the music disappears too.

## The sounds

What I remember most is the *ambient* sound:

- insects and wind in the empty fields
- screen doors banging, again and again
- the rumble of the trucks passing through a town they never stop in
- Arnie's voice, always a little too loud for the room

The sound designers make Endora feel hot, flat and still. When the camper van full of tourists arrives, the sound changes: radios, engines, voices from elsewhere. You hear the outside world before you see it.

## The film

Beautifully acted, especially by Leonardo DiCaprio and Darlene Cates, and quietly directed by Lasse Hallström. Maybe a little too gentle in the second half, a little too neat with Becky. But it is a film I return to on hot summer nights, with the window open, and it always sounds right.

**8/10.** 🎧`,
  },
  {
    key: 'eleanor-forrest',
    film: 'forrest-gump',
    author: 'eleanor_voss',
    title: 'History as a theme park ride',
    rating: 2,
    daysAgo: 18.3,
    body: `Technically dazzling and morally hollow. Forrest floats through thirty years of American history without understanding any of it, and the film treats that as wisdom. Everyone who questions anything (Jenny, the protesters, Lieutenant Dan for a while) is punished or converted. Tom Hanks is charming; the feather is pretty. The message, that it is best not to think too hard, is not.`,
  },
  {
    key: 'marco-forrest',
    film: 'forrest-gump',
    author: 'marco_reyes',
    title: 'Eleanor is wrong and I will die on this bench',
    rating: 10,
    daysAgo: 16.4,
    body: `With respect to @eleanor_voss, who writes better than me: I think *Forrest Gump* is a film about **kindness**, not about history, and that makes all the difference. 🍫

## Why I love it

My father watched this on VHS every Christmas for ten years. He was a jeepney driver who left school at fourteen, and Forrest was his favourite character in any film, because Forrest is a man everybody underestimates who just keeps *showing up*. For his mother. For Bubba. For Jenny. For Lieutenant Dan. That is not "don't think too hard". That is loyalty.

## The history part

Yes, Forrest wanders through famous moments without understanding them. But I always read that as a joke *on* history, not a celebration of it. All these huge events, and the thing that matters most to him is whether Jenny is okay and whether he kept his promise about the shrimp boat. The film is saying that ordinary love is bigger than the news.

## The performances

- **Tom Hanks**: he never winks at us. Never plays Forrest as stupid.
- **Gary Sinise**: Lieutenant Dan's anger is the most real thing in the film, and his arc is my favourite.
- **Sally Field**: every line she says, Forrest carries for the rest of his life, and you believe it.

## What even I admit

1. Jenny deserved a better film. She suffers a lot so that Forrest can be good to her.
2. The politics are a bit... convenient.

But I watched it again last month with my own kids, and my nine-year-old asked if we could "run somewhere for no reason" the next morning. We did. Three blocks. **10/10.** 🏃`,
  },
];
