import type { SeedReview } from '../types';

/** The long dissent on the 2013 original; the comments argue with it. */
export const miracleEssay: SeedReview = {
  key: 'eleanor-miracle',
  film: 'miracle-in-cell-no-7',
  author: 'eleanor_voss',
  title: 'Tears are not an argument: the case against Miracle in Cell No. 7',
  rating: 4,
  containsSpoilers: true,
  daysAgo: 52.1,
  body: `I want to begin by saying what I am *not* arguing. I am not arguing that people who love this film are fools, or that crying at the cinema is embarrassing, or that Korean melodrama is a lesser form. I have sobbed through *Christmas in August* more times than I can count. My problem with *Miracle in Cell No. 7* is narrower and, I think, more serious: it mistakes the production of tears for the making of meaning, and it uses a disabled man to do the producing.

This review discusses the ending. The spoilers are hidden, but the argument leans on them.

## 1. Every film manipulates; not every film cheats

A review on this very page says that every film is manipulative and the only question is whether it earns it. I agree with the first half completely. Cinema is the arrangement of images and sounds to produce feelings; there is no neutral camera. But "earning it" has to mean something, and I would put it this way:

> A film earns an emotion when the emotion follows from what we have understood about the characters. It cheats when the emotion is triggered from outside, by music, by a child's face in close-up, by a rule of the genre, whether or not we understand anything at all.

By that test, the first hour of this film earns a great deal. The prison comedy is built on character: the boss who is out of his depth, the cellmates who pretend not to care, Yong-gu's literal-mindedness colliding with a place that runs on euphemism and threat. I laughed, and I laughed because I understood these men.

The second half stops asking me to understand anything. It asks me to *react*.

## 2. The villain problem

Consider the police commissioner, the father of the dead girl. His grief is the most interesting thing in the film and the film does almost nothing with it. He is a man who has lost a child and who needs the world to make sense, and so he seizes the nearest explanation. That is a tragedy with two sides. Instead, the film gives him a glare, a few threats and a scene of intimidation, and turns him into the wall Yong-gu must break against.

Melodrama needs pressure, I understand that. But when the antagonist is flattened, the protagonist's suffering stops being a story about a society and becomes a story about a bad man. The film's anger at institutions, which is real and which I admire, dissolves into anger at one face.

## 3. Innocence as a special effect

Here is where I will lose some readers. Yong-gu is written as entirely, unbreakably innocent. He has no desires except his daughter's happiness, no flaws except the ones his disability gives him, no moment of anger or doubt that is his own. Ryu Seung-ryong plays him with enormous care, and I do not blame the actor for any of this. I blame the writing.

A character with no interior life cannot have a tragedy, only a fate. What we are asked to weep for is not a man but *innocence itself*, destroyed by the world. That is a very old and very powerful trick, and it works on me too; I just do not think it is honest. It turns a person with an intellectual disability into a symbol whose purpose is to make the audience feel pure for pitying him.

Compare *What's Eating Gilbert Grape*, where Arnie is exhausting, funny, dangerous to himself and loved, all at once, and where the film is honest about what it costs the family to love him. Arnie is a person. Yong-gu, for all the film's tenderness, is an instrument.

## 4. The ending

:::spoiler What happens, and why I think it fails
The film builds towards Yong-gu's execution, and it uses every tool it has to make that execution unbearable: the last visit, the goodbye, the daughter's confusion, the cellmates who tried and failed to save him. The retrial framing then lets the grown-up Ye-seung clear his name in a mock courtroom years later, which is meant to give us justice after the fact.

But think about what the structure does. It gives us the catharsis of his death *and* the comfort of his vindication, without ever making us sit with the thing that should be unbearable: that a state killed an innocent man, and that nothing, not a courtroom exercise, not a balloon, gives that back. The film wants the tragedy and the consolation at the same time, and so it has neither.
:::

A braver film would have ended in the cell. This one ends in a courtroom with the music swelling, and invites us to feel that something has been *settled*.

## 5. What the film could have been

I do not want to be only negative, so here is what I think the film gets right and could have built on:

1. **The cell as a family.** The best idea in the film is that a group of violent, selfish men become, briefly, a household organised around a child. That is funny and moving and says something about how care spreads.
2. **The daughter's competence.** Ye-seung is the adult in her family, and the film sees how much that costs a child. There is a real film in that, and the final act barely touches it.
3. **Institutional cruelty.** The interrogation and the trial are quietly terrifying. The film knows how a confession is manufactured. It just does not stay there.

## 6. Why it matters

Films like this travel. This one has been remade in Turkey, the Philippines and Indonesia, and I understand why: the structure is a machine that reliably produces a sold-out room full of crying people. But a machine that works everywhere is a machine that says nothing in particular anywhere. The remakes, from what I have seen, inherit the machine and not the questions.

People who loved this film are not wrong to love it. The feeling is real. My argument is that the feeling was bought with a character who never got to be a person, and that we should ask more of the films that make us cry, precisely *because* crying feels like proof.

**4/10.** Two points for the cell, one for the daughter, one for Ryu Seung-ryong. Nothing for the strings.`,
};
