import type { SeedReview } from '../types';

/** Films about teachers, carers and the children and adults they look after. */
export const classroomsAndCarersReviews: SeedReview[] = [
  {
    key: 'amara-life',
    film: 'life-is-beautiful',
    author: 'amara_okafor',
    title: 'A nurse’s answer to Tomáš: the lie is the love',
    rating: 9,
    daysAgo: 31.8,
    body: `@tomas_novak's essay on this film is better written than anything I will ever post, and I recommend it. But I want to answer one part of it from my side of the hospital.

## We lie to children too

Not often, and never about the things that matter medically. But on a children's ward, at three in the morning, adults tell children small stories all the time. The machine is a robot that is helping. The needle is a tiny bee. We are playing a game where you have to stay very still and you win a sticker. Nobody thinks this is *denial*. It is a way of carrying fear for someone too small to carry it themselves.

That is what Guido does, on an unimaginable scale. When Tomáš says the film arranges the world so that Guido's game can work, I understand the criticism, but from where I stand **the game is not a fantasy about the world. It is a gift inside it.** The film does not say the camp is a game. It says a father decided his son would not have to know it wasn't.

## What I loved

- The first half's romance, which is so silly and so joyful that I was grinning like a teenager.
- Giorgio Cantarini as Giosuè, who is curious and stubborn and very much a real five-year-old.
- The music. That waltz is still in my head a week later.

## What was hard

The second half was difficult for me to watch in places, and I think it should be. I don't agree that the film hides too much. It shows enough for adults to understand and leaves a child's view intact. That balance is the whole film.

**9/10.** Watch it with someone you'd lie to for their own good.`,
  },
  {
    key: 'jules-intouchables',
    film: 'the-intouchables',
    author: 'jules_martin',
    title: 'A crowd-pleaser I am not embarrassed to love',
    rating: 8,
    daysAgo: 42.5,
    body: `In France, *Intouchables* was less a film than an event: everyone saw it, everyone's parents saw it twice, and for a while every wedding DJ played *Boogie Wonderland*. So it is difficult to review it fresh. Let me try.

## What it is

A rich man paralysed from the neck down and a young man from the *banlieue* who has no intention of being his carer. It's a buddy comedy built on a simple, generous idea: **the best thing you can do for someone is refuse to pity them.** Driss treats Philippe as a person, which means teasing him, arguing with him, and occasionally forgetting his disability entirely, sometimes with comic results.

## Why it works

- **Omar Sy**, whose energy is infectious, and who won the César for it. He makes Driss funny without ever making him a clown.
- **François Cluzet**, who acts almost entirely with his face and voice, and is never once pitiable.
- **Ludovico Einaudi's** piano, which does a lot of emotional heavy lifting. Some will find it manipulative. I find it beautiful, and I am allowed to.

## What doesn't

It's a fairy tale, and it has fairy-tale politics. Driss's family and neighbourhood exist mostly as problems for him to escape, and the film's idea of social difference is sometimes reduced to jokes about opera and modern art. The real story it is based on is more complicated, and the film smooths it over.

## A note on the American remake

*The Upside* exists. I watched it so you don't have to. Everything that felt spontaneous here feels rehearsed there.

**8/10.** Yes, it's a crowd-pleaser. So is a good meal.`,
  },
  {
    key: 'deniz-wonder',
    film: 'wonder',
    author: 'deniz_yilmaz',
    title: 'Better than I expected, because it looks sideways',
    rating: 7,
    daysAgo: 26.1,
    body: `I read *Wonder* in Turkish translation years ago, and I expected a film that would be all inspirational speeches. There are speeches. But the film's smartest decision is to keep stepping **away** from Auggie.

## The sideways structure

Chunks of the film are told from the point of view of other people: his sister Via, his friend Jack, Via's old best friend. Each of them has their own small crisis, and each of them is, in some way, living in Auggie's shadow. Via's sections are the best: a teenager who loves her brother and is quietly exhausted by being the easy child.

## The family

- **Julia Roberts** is warm and tired and funny as the mother who gave up her own work.
- **Owen Wilson** plays the dad with a lot of jokes and one moment of real honesty that I did not expect.
- **Jacob Tremblay** acts through heavy prosthetics and is completely natural.

## What I didn't like

The school story is a bit too tidy. The bully is very bully, the headteacher very wise, and the ending is a ceremony where everyone applauds. I cried, but I cried at the sister's storyline, not at the applause.

**7/10.** Good for families with kids around ten. Stay for the sister. 🌟`,
  },
  {
    key: 'priya-tzp',
    film: 'taare-zameen-par',
    author: 'priya_raman',
    title: 'The film that changed parent–teacher meetings in my school',
    rating: 10,
    daysAgo: 20.6,
    body: `I don't give tens. This one gets a ten, and here is why.

## Before and after

When *Taare Zameen Par* came out, I had been teaching for a few years. Every week a parent sat across from me and said some version of: *he's just lazy*, or *she's not trying*, or *we'll send him to a stricter school*. After this film, for a while, parents started coming in and asking: *could it be dyslexia?* That had never happened before.

I know a film can't take credit for a whole movement, and people in our field had been working on this for years. But I watched a Hindi film make a learning difference **visible** to millions of families who had never heard the word, and I will be grateful for that for the rest of my career.

## What it gets right

- **Ishaan's inner world.** The animated sequences, the letters that dance on the page, the fish, the colours: the film shows us how vivid his mind is, so we never mistake his struggles for emptiness.
- **The father.** He is not a villain. He is frightened and proud and wrong, and the film lets him be all three.
- **The teacher's method.** Nikumbh doesn't perform a miracle. He observes, he plans, he uses sand and clay and patience. That is what good teaching looks like.

## What it could do better

1. Once Aamir Khan's Nikumbh arrives, the film leans quite heavily on him as a saviour. Ishaan's own agency fades a little.
2. The final art competition is a classic feel-good climax, and a bit convenient.

> The scene at the boarding school, when Ishaan stops drawing, is the most important minute of the film. Show it to anyone who thinks strictness cures struggle.

Darsheel Safary gives one of the finest child performances I know. **10/10.** If you teach, or parent, watch it this week. For more on dyslexia, the [British Dyslexia Association](https://www.bdadyslexia.org.uk/) has clear, practical guides.`,
  },
  {
    key: 'sari-tzp',
    film: 'taare-zameen-par',
    author: 'sari_wulandari',
    title: 'Every teacher in Yogyakarta should watch this (and some did!)',
    rating: 9,
    daysAgo: 12.3,
    body: `Our school showed *Taare Zameen Par* at a teachers' workshop last year, with Indonesian subtitles, and I am still thinking about it. 🌟

## What stayed with me

Ishaan is eight and he fails, and fails, and fails, and every adult around him decides it is about his character. The film makes you feel how lonely that is. The animated scenes, the paint, the fish, the letters jumping around, show us a child whose mind is *full*, not empty.

Then a new art teacher arrives and simply **looks** at him. Not at his marks. At him.

## The songs

I don't understand Hindi, but the songs did not need translation. The one about his mother, when he is sent away, made the whole room go silent. One of my colleagues, a very strict maths teacher, left to "get some air".

## The teacher I want to be

Ram Shankar Nikumbh is a little too perfect, yes. But the things he does are things any of us could do: notice patterns, ask questions, try a different way, talk to the parents without blaming them.

## Small complaints

- It is long, almost three hours with the interval.
- The end is very "feel-good movie" and a bit predictable.

**9/10.** Put it on the list for every teacher-training programme. 🙏`,
  },
];
