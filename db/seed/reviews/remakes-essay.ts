import type { SeedReview } from '../types';

/** The essay that compares all four versions; it sits on the newest one. */
export const remakesEssay: SeedReview = {
  key: 'lucas-miracle-id',
  film: 'miracle-in-cell-no-7-2022-indonesia',
  author: 'lucas_ferreira',
  title: 'One cell, four countries: what each Miracle in Cell No. 7 keeps and what it changes',
  rating: 6,
  containsSpoilers: true,
  daysAgo: 24.7,
  body: `I spent three weekends watching the same story four times: the Korean original (2013), the Turkish version (2019), and the Filipino and Indonesian versions (both 2022). I am an editor by trade, so I watched with a notepad and a stopwatch, and I came out with less interest in which one is "best" and more in what a remake *is*.

I'm posting this under the Indonesian film because it is the newest and, I'd argue, the most interesting about its own choices. The rating is for the Indonesian film; the essay is about all four. The major spoilers are folded away.

## The four at a glance

| Version | Director | Register | Where the heart is |
| --- | --- | --- | --- |
| Korea, 2013 | Lee Hwan-kyung | comedy → melodrama | the cell |
| Turkey, 2019 | Mehmet Ada Öztekin | lament, pastoral | the landscape |
| Philippines, 2022 | Nuel C. Naval | family melodrama | the family |
| Indonesia, 2022 | Hanung Bramantyo | broad comedy → melodrama | the ensemble |

## What every version keeps

The skeleton is astonishingly stable. Every version keeps:

1. **A father whose mind works like a child's, and a daughter who parents him back.** This relationship is the product. Nobody touches it.
2. **The cell as a found family.** Violent men, organised by a child into a household. Every version knows this is the engine of the middle act.
3. **A powerful, grieving antagonist.** Always a man of the state, always a bereaved father, always a little flat.
4. **A framing device with the grown-up daughter.** The story is told backwards from a moment of public reckoning.
5. **The escape image.** I won't describe it here, but every version builds towards the same visual idea and every version knows that is the poster.

When a structure survives four cultures almost unchanged, it is tempting to call it universal. I'd call it *efficient*. It is a machine for a particular feeling, and the machine works.

## What each one changes

### Korea: the comedy is the point

The original is the most tonally daring of the four, which people forget because of how it ends. Nearly half its running time is prison comedy, and the jokes are built from character. When the melodrama comes, it lands on people we know. The cost is the final act, which leans on the score to do work the script doesn't.

### Turkey: the world gets bigger

The Turkish film is the only one that makes *space* a character. Memo's world is hills, animals, wind. Every cut back to the cell is a cut into a box. That is a genuinely cinematic idea, and it's the only version I would call beautiful. It is also the slowest, and the most willing to wallow.

:::spoiler How the Turkish ending differs
The Turkish version is the one that changes the most at the end. It reshapes who pays the price for the cell's love, which makes the last act less a tragedy about the state and more a story about sacrifice among the prisoners. I find it more consoling and less honest; Deniz, who reviewed it here, finds it more Turkish. We are both right, which is the interesting part.
:::

### The Philippines: family first

The Filipino version moves the centre of gravity from the cell to the family and the community around it. More scenes of neighbours, more warmth, more music. It is the most *sentimental* in the literal sense: it wants you to feel held. It is also the most faithful in plot, almost scene for scene in places, and the most comfortable.

### Indonesia: the ensemble takes over

Hanung Bramantyo does something clever: he casts the cell with comic actors Indonesian audiences already love, and lets the first half become nearly a sketch show. That sounds like a dilution, but it's the reverse. It turns the cell into the real protagonist. When the turn comes, you are not losing one man, you are watching a whole room lose him.

## Cutting-room notes

A few things the stopwatch told me:

- The Korean film spends the longest before its first big emotional cue. The remakes all get there sooner, as if they know you already know.
- The Turkish film's average shot is visibly longer. It lets you look.
- The Filipino and Indonesian films cut faster in the comedy, slower in the grief, which is standard and effective and a bit predictable.
- As far as I could tell, all four reach for a slow push-in on the daughter's face at the big goodbye. That shot is part of the format now, like a chorus.

## So what is a remake for?

Here is where I have ended up. A remake is not a copy and not an improvement; it's a **translation**, and translations are judged by what they choose to lose. The Turkish version loses the comedy and gains a landscape. The Filipino one loses the cell's centrality and gains a community. The Indonesian one loses some dignity in its jokes, and gains an ensemble that makes the grief collective.

:::spoiler What none of them change
None of them change the core injustice: a man who cannot explain himself is convicted by a system that prefers a confession to the truth, and only a child believes him. Even the version that bends the ending keeps that. That is the part that travels, and I think it travels because every country in this list has its own version of that story in its newspapers.
:::

## The Indonesian film itself

Judged on its own, I give it a **6/10**. The ensemble is the best of the four, Vino G. Bastian is committed and often moving, and Graciella Abigail is a natural. But the villains are cardboard, the adult framing is rushed, and a few jokes at Dodo's expense would not survive a second draft today. Sari wrote about this too, and I agree with her almost entirely, except that I laughed at one joke she didn't and I'm a little ashamed.

If you want to see the format at its purest, watch the Korean film. If you want to see what a remake can *add*, watch the Turkish one. If you want to understand why this story keeps being told, watch all four, and read the comments under each, where people in four languages argue about which one made them cry hardest. That argument is the real remake. 🎞️`,
};
