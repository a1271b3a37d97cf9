import type { SeedReview } from '../types';

/** Masquerade and Parasite: the Korean films the Miracle crowd watches next. */
export const koreanCinemaReviews: SeedReview[] = [
  {
    key: 'jiwoo-masquerade',
    film: 'masquerade',
    author: 'jiwoo',
    title: 'Ryu Seung-ryong one year before Cell No. 7, and Lee Byung-hun twice',
    rating: 9,
    daysAgo: 39.7,
    body: `If you came here from *Miracle in Cell No. 7*, here's a fun thing: **Ryu Seung-ryong** is in this too, one year earlier, playing Heo Gyun, the king's sharp, cold, brilliant adviser. Same face, completely different man. Watch them back to back and you'll understand why Korean audiences trust him with anything.

## The premise

A king afraid of being murdered, a clown who looks exactly like him, and a palace full of people who must not find out. It's *The Prince and the Pauper* in hanbok, and the film knows it. The first third is a comedy of manners: the clown doesn't know how to eat, walk, sit, or use the royal toilet (yes, there is a toilet scene, and yes, I laughed until I coughed 😂).

## Lee Byung-hun

He plays both men, and the trick is that you *always* know which one is on screen, even before he moves. The king is stiff, paranoid, tired. Ha-seon is loose, curious, rude. Then, slowly, Ha-seon starts to sit like a king, and the king in us starts rooting for the clown. It's a wonderful performance.

## Why it moved me

- The food taster Sa-wol (Shim Eun-kyung), whose small story breaks your heart in about four scenes.
- Captain Do (Kim In-kwon), the guard who is the last to be won over and the most loyal when he is.
- The queen (Han Hyo-joo), who notices first. Of course she does.

> 왕이 된 남자 — "the man who became king". The title says everything: the crown didn't make him a king; the way he treated people did.

## Small complaints

It is a little long, the politics get confusing if you don't know the period, and the ending leans into big music. But unlike some people on this site, I *like* big music. 😌

**9/10.** A crowd-pleaser with a real heart, and the best double performance I know.`,
  },
  {
    key: 'lucas-masquerade',
    film: 'masquerade',
    author: 'lucas_ferreira',
    title: 'A remake that never says so: Masquerade and the double-king story',
    rating: 8,
    daysAgo: 34.9,
    body: `Fair warning: remakes, borrowings and retellings are my whole hobby. *Masquerade* is the most elegant example I know of a film that borrows a familiar structure and makes it completely its own.

## The family tree

The story of a commoner who stands in for a ruler is very old. Western audiences will think of *The Prince and the Pauper*, or of the American comedy *Dave*, which has a strikingly similar shape: a lookalike placed in power, an adviser who controls him, a ruler's wife who sees through him, and a double who turns out to be a better leader than the original. I'd be surprised if the writers had never seen *Dave*. But *Masquerade* is not a remake, and the differences are instructive.

## What it changes

1. **The setting does the work.** In a Joseon court, a mistake isn't embarrassing, it's fatal. Every comic scene has a blade under it.
2. **The adviser has a conscience.** Ryu Seung-ryong's Heo Gyun starts as a puppeteer and ends as something like a believer, and his arc is almost as important as the double's.
3. **Reform is specific.** Ha-seon's decisions are about taxes, tribute, and who goes hungry. The film is surprisingly clear about policy for a costume comedy.

## The edit

As an editor I have to mention the pacing of the first hour: the cuts between the real king's paranoia and Ha-seon's bawdy stage act are beautifully matched, so that we learn the two men through rhymes before we see them meet. Later the film relaxes into longer scenes and, for me, gets a bit slack in the middle.

## The performance

Lee Byung-hun's double role deserves every compliment it gets. Jiwoo's review above is right that you can always tell which man you're looking at; what impresses me more is the middle stretch, when you *can't*, because Ha-seon has learned to be a king and the king is nowhere.

**8/10.** Watch it, then watch *Dave*, then argue with me.`,
  },
  {
    key: 'jules-parasite',
    film: 'parasite',
    author: 'jules_martin',
    title: 'The staircase film: Parasite on the fourth viewing',
    rating: 10,
    containsSpoilers: true,
    daysAgo: 22.8,
    body: `I have seen *기생충* four times now, twice in a cinema in Lyon with French subtitles and twice at home with English ones, and each time it is a different film. This review contains light spoilers, hidden below.

## Up and down

People like to call this a film of stairs, and they are right. Every important move in the story is vertical. The Kims climb up into the Parks' house; the rain carries everything down. Watch for how often a character is shot from above or below, and how rarely two classes share a level of the frame.

## The con

The first hour is one of the best heist films ever made, except that what is stolen is *jobs*. Each member of the family slides into a position in the household through a perfectly built little scheme, and Bong cuts them like a caper, with music and wit. You root for the Kims the whole way, and that is the trap.

## The turn

Then the doorbell rings. I won't say more than this: >!what is hidden beneath the house!< changes the film from a comedy about two classes into a tragedy about how the poor are set against each other while the rich sleep upstairs.

## Details I love

- The smell. Mr Park's comments about a smell are the cruellest weapon in the film, because they are about something the Kims cannot change.
- The scholar's rock, a gift that is supposed to bring wealth, and becomes something much heavier.
- The flood. The same rain that is a pleasant evening up the hill is a disaster down below. >!The Kims wade through their own flooded home to save what little they can!<, and the next morning Mrs Park is planning a party.
- Jung Jae-il's score, baroque and playful, then ominous, always half a step ahead.

## Why 10

Because every element serves the idea, and the idea is not simple. There are no villains, only positions. The rich are kind when it costs nothing. The poor are cunning because they have to be. The house does the rest.

**10/10.** Then watch *Mother* and *Memories of Murder*, please.`,
  },
  {
    key: 'sofia-parasite',
    film: 'parasite',
    author: 'sofia_lindqvist',
    title: 'Yes, it is as good as everyone says',
    rating: 10,
    daysAgo: 14.2,
    body: `I wanted to be the person who said *Parasite* is overrated. I can't. It is funny, tense, precise and angry, and it never once asks you to feel something it hasn't earned. Every object matters: a rock, a peach, a plate of noodles, a light switch. Song Kang-ho does more with a pause than most actors do with a monologue. And the house itself, all glass and clean lines and hidden corners, is the best-written character of the decade. The only sentimental moment in the film is also its cruellest joke. I went in armed and came out disarmed. **10/10**, no notes, and I am annoyed about it.`,
  },
];
