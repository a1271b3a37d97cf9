import type { SeedReview } from '../types';

/** The American films people hold up next to Miracle in Cell No. 7. */
export const companionReviews: SeedReview[] = [
  {
    key: 'priya-i-am-sam',
    film: 'i-am-sam',
    author: 'priya_raman',
    title: 'Sean Penn works very hard. That is the problem.',
    rating: 5,
    daysAgo: 47.9,
    body: `I promised in my *Miracle in Cell No. 7* review that I would write about this one, so here it is.

*I Am Sam* asks a real question: **what does a child need from a parent, and who gets to decide?** It is a question I see families face every year, in meetings with social workers who have already made up their minds. For that alone the film deserves to be seen.

## The performance

Sean Penn is committed, no one can doubt it. But you can *see* the commitment in every frame: the voice, the fingers, the eyes. It is a performance about a disability rather than of a person who has one. Compare the two friends Sam spends his evenings with, who are played by actors with disabilities. They are the most natural people in the film, and every time they are on screen, Penn looks like he is acting next to real life.

## What works

- **Dakota Fanning.** Honestly unfair how good she is. Lucy's guilt at outgrowing her father is the film's truest idea.
- **Dianne Wiest** as the neighbour who hasn't left her flat in years, and who leaves it for them.
- The Beatles covers on the soundtrack, which give the film a warmth its script sometimes doesn't.

## What doesn't

- The courtroom scenes turn Sam into an exhibit, and the film does the same.
- Michelle Pfeiffer's lawyer gets a whole redemption arc, and by the end the film is more interested in how *she* is changed by Sam than in Sam.
- The handheld camera, constantly moving, which I think is meant to feel like Sam's mind and instead feels like a headache.

> The best scene in the film is a small one: a father and daughter reading a book together, and the moment she pretends she can't read a word she knows, so he won't feel left behind.

That scene is worth the ticket. The rest is a well-meant film that talks *about* people like my students more than it listens to them. **5/10.**`,
  },
  {
    key: 'amara-i-am-sam',
    film: 'i-am-sam',
    author: 'amara_okafor',
    title: 'Flawed, but I watched it on a night shift and it got me',
    rating: 7,
    daysAgo: 29.4,
    body: `I read Priya's review before watching and I agree with most of it. I still liked this film more than she did, and I want to say why.

## I see a lot of Rita Harrisons

In my hospital I see many professionals like Michelle Pfeiffer's lawyer: brilliant, exhausted, too busy to listen, sure they already know the answer. The film is hardest on her, and I think that is **right**. The people who make decisions about families like Sam's are often people like her. Watching her slowly stop performing competence and start actually paying attention was, for me, the real story.

## The Beatles thing

I expected it to be a gimmick. It is a bit of a gimmick. But Sam organising his whole life through one band is also true to some people I have nursed: a fixed point, a language, a way of explaining the world. When he compares a situation to something that happened to the band, it's funny and it makes sense.

## Where I agree with Priya

- The camera never stops shaking. I had to look away.
- The trial is TV-movie stuff.
- It is about twenty minutes too long.

## Where I don't

I thought Sean Penn's performance was brave more than it was showy. Yes, you see the work. But there are moments, especially with Dakota Fanning, where he stops and simply *listens* to her, and those moments are lovely.

**7/10.** Watch it with the lights off and your phone in the other room.`,
  },
  {
    key: 'tomas-rain-man',
    film: 'rain-man',
    author: 'tomas_novak',
    title: 'A road movie about the brother who is not Raymond',
    rating: 8,
    daysAgo: 55.2,
    body: `Everybody remembers Dustin Hoffman. Nobody remembers that *Rain Man* is Tom Cruise's film, structurally, from the first scene to the last.

## Structure

Charlie Babbitt wants one thing, the money, and the entire film is engineered to take that want away from him and replace it with another. Raymond does not change; Raymond *can't* change, and the film is wise enough not to pretend otherwise. Every sequence is built to put Charlie in a box (a car, a motel, a diner, a casino) with a brother he can't manipulate, until he runs out of tricks.

That's why the no-flying rule matters so much. It isn't a quirk; it's the device that forces a road movie, and the road is what forces the change.

## Hoffman

He is very good and the film knows it. The precision of the routines, the rhythm of the repeated lines, the way he reacts to noise before we hear it. It is a *performed* performance, and today it's easy to see the problems with how it taught a generation to think of autism as a superpower plus a burden. But within the film, Raymond is allowed to be difficult, and his difficulty is never played for sentiment.

## Things I noticed as a projectionist

- The widescreen compositions put the brothers at opposite edges of the frame for most of the first half, then slowly closer.
- Hans Zimmer's score is odd, a mix of synthesisers and percussion that should date badly and somehow doesn't.
- The Las Vegas sequence is the only part that feels like a different, lazier film.

**8/10.** Better than its reputation among cinephiles, worse than its reputation among everyone else.`,
  },
  {
    key: 'eleanor-rain-man',
    film: 'rain-man',
    author: 'eleanor_voss',
    title: 'What Miracle in Cell No. 7 could have learned from Raymond',
    rating: 7,
    daysAgo: 50.3,
    body: `After my long piece on *Miracle in Cell No. 7*, several people asked me which film about a disabled man *earns* its feelings. This is my imperfect answer.

## Raymond is not a saint

That's the whole difference. Raymond Babbitt is rigid, frightened, sometimes impossible, and the film never asks us to find that adorable. When he panics, it is frightening; when Charlie loses his temper, we understand it. The affection that grows between them is earned *scene by scene*, not delivered by the score.

## And yet

I have to be honest about the film's legacy. It popularised a single image of autism, the savant with a party trick, that many autistic people have spent decades explaining away. The [National Autistic Society](https://www.autism.org.uk/) has good material on how varied autism actually is; it's worth ten minutes of your time after the credits.

The film also makes Raymond's gifts *useful* to the plot, in a way that is uncomfortably close to the thing Charlie is criticised for: using his brother.

## What it does best

1. It lets silence work. Long stretches of driving, two men not talking.
2. It refuses a big cathartic ending. No one is cured, no one is saved.
3. It makes the "normal" brother the one who needs to change.

**7/10.** A better film about love across a difference than the one I was asked about, though not the last word on it.`,
  },
];
