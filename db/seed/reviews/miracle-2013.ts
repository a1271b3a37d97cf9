import type { SeedReview } from '../types';

/** Reviews of the 2013 original, from its biggest fan to its shortest shrug. */
export const miracle2013Reviews: SeedReview[] = [
  {
    key: 'jiwoo-miracle',
    film: 'miracle-in-cell-no-7',
    author: 'jiwoo',
    title: 'I cried in a Busan cinema in 2013 and I am still not over it',
    rating: 10,
    containsSpoilers: true,
    daysAgo: 57.3,
    body: `## The short version

Bring tissues. Bring two packs. 😭

I first saw *7번방의 선물* in a half-empty cinema in Seomyeon on a weekday afternoon, because a friend cancelled on me and I did not want to waste the ticket. By the end, the half-empty cinema sounded like a funeral. The man next to me, a stranger in a suit, passed me a tissue without looking at me. That is the kind of film this is.

## Why it works (for me)

People call it manipulative. Fine. **Every** film is manipulative; the question is whether it earns it. This one earns it by spending most of its first hour making you *laugh*:

- the cellmates' ridiculous plan to get a little girl into a prison
- Ryu Seung-ryong's face whenever somebody asks him a question he can't answer
- the Sailor Moon backpack (if you know, you know)

By the time the film turns, you are not watching "a sad movie". You are watching people you like, and that is a completely different feeling.

## Kal So-won

She needs her own section. She plays Ye-seung with no cuteness-for-the-camera at all: she is bossy, practical, the grown-up in the relationship. When she corrects her father you believe every second of it, and when she stops being able to, you feel the floor go.

> My mother watched it with me the second time. Halfway through she said, "this man is a better parent than half the parents I know." Then she didn't speak again until the credits.

## The part I'm not going to spoil here

:::spoiler The ending, and the balloon
The courtroom framing with grown-up Ye-seung is the weakest part, I admit it. But the balloon scene, with the cellmates holding on and the whole yard looking up? I have never seen a film make an image of escape and an image of goodbye be the same image. I rewatched it last week for this review and I still could not finish it.
:::

## What I'd tell a first-timer

Don't read about it first. Don't look up the real case it's loosely based on until afterwards. And don't watch it alone at 1 a.m. if you live with people who will ask why you are sobbing.

**10/10.** 인생 영화 — a film for life.`,
  },
  {
    key: 'priya-miracle',
    film: 'miracle-in-cell-no-7',
    author: 'priya_raman',
    title: 'What it gets right (and wrong) about intellectual disability',
    rating: 7,
    daysAgo: 49.6,
    body: `I have taught children with intellectual disabilities for fifteen years, and I watch films like this one with a notebook. Not because I want to catch them out, but because my students' parents will watch them too, and some of them will come to me afterwards and ask, *is that what people think we are?*

So here is my notebook, tidied up. No spoilers.

## What it gets right

- **Yong-gu has a life before the plot starts.** He has a job, a routine, a daughter who adores him and a neighbourhood that mostly tolerates him. Too many films introduce a disabled character at the moment of crisis, as if nothing came before.
- **His love is competent.** He cannot fill in a form, but he knows what his daughter needs before she says it. The film never suggests his parenting is *lesser*; it is different, and it is shared with a child who has had to grow up fast.
- **The cruelty comes from systems.** The police, the interrogation, the way a confession is produced: the film is angry about how easily institutions steamroll someone who cannot explain himself. That anger is the film's best instinct.

## What it gets wrong

- **The "holy fool" problem.** Yong-gu is so pure that he becomes a saint, and saints are not people. My students are funny, stubborn, sometimes unkind, sometimes brilliant. Yong-gu is allowed to be only good.
- **Jokes at his expense.** A few of the early prison gags ask us to laugh *at* his confusion rather than *with* him. They are small, but a thirteen-year-old in my class would notice them.
- **Nobody asks him.** For a film about a man who is not listened to, it listens to him surprisingly little. Decisions are made around him, even by the people who love him.

> A film can be tender and still be a little bit patronising. Both things are true here.

## So, should you show it to a family?

Yes, with a conversation afterwards. Ryu Seung-ryong's performance is specific and careful, never a collection of tics, and the father–daughter scenes are some of the warmest I have seen on film. I just wish the story trusted Yong-gu with a bit more of his own voice.

If you want to compare, watch *I Am Sam* the same week. I will write about that one next, but I can already say that the Korean film is, surprisingly, the more respectful of the two.`,
  },
  {
    key: 'tomas-miracle',
    film: 'miracle-in-cell-no-7',
    author: 'tomas_novak',
    title: 'Funny first hour, tear gas second hour',
    rating: 6,
    daysAgo: 41.2,
    body: `The prison comedy is genuinely good: tight blocking, great faces, and a gang of cellmates who feel like they have shared that floor for years. Then the film discovers it is a melodrama and starts hitting the same key harder and harder until the piano breaks. Ryu Seung-ryong holds it together almost alone. I laughed a lot, I cried once, and I resented the second time it tried. **6/10**, mostly for the cell.`,
  },
  {
    key: 'yuki-miracle',
    film: 'miracle-in-cell-no-7',
    author: 'yuki_tanaka',
    title: 'Close your eyes for five minutes: a note on the score',
    rating: 8,
    daysAgo: 33.8,
    body: `Everyone talks about the crying. I want to talk about what you were *hearing* while you cried.

## Lee Dong-jun's music

The score is built on very little: a piano figure, a few strings, a melody you could hum after one listen. That simplicity is a choice. Yong-gu's world is small and repetitive and safe, and the main theme sounds exactly like that, a lullaby that keeps circling back to the same few notes.

What I admire is **restraint in the comedy**. In the prison scenes the music mostly gets out of the way. There is no "funny music" telling you when to laugh, so the jokes land on the actors' timing. Many films of this kind drown their comedy in cartoon cues; this one doesn't.

## Where it overplays its hand

In the last act the theme comes back with the full string section, and I understand why, but it is one swell too many. The most moving moment for me is nearly silent, and I wish the film had trusted silence more often.

## Listening notes

1. Watch the first scene with the father and daughter with your eyes closed. The melody tells you their whole relationship.
2. Listen for how the theme is slowed down later. Same notes, completely different meaning.
3. Notice where there is *no* music at all. Those are the bravest choices in the film.

Not a masterpiece of film music, but an honest one. **8/10** — and I still put the theme on when I need a good cry on the train home. 🎧`,
  },
];
