import type { SeedReview } from '../types';

/** The long one about comedy and catastrophe. */
export const lifeIsBeautifulEssay: SeedReview = {
  key: 'tomas-life',
  film: 'life-is-beautiful',
  author: 'tomas_novak',
  title: 'The moment a comedy stops being one: Life Is Beautiful from the projection booth',
  rating: 7,
  containsSpoilers: true,
  daysAgo: 46.2,
  body: `I was a projectionist for ten years, and in that time I ran *La vita è bella* in a small repertory cinema maybe forty times. You learn a film differently from the booth. You don't watch it, you *listen* to the room watching it. And the sound of a room watching this film is unlike any other I know: it laughs hard for an hour, then it goes quiet in a way that is not quite grief and not quite discomfort, and it stays quiet until the lights come up.

That silence is what this essay is about. Spoilers for the ending are hidden; the argument needs them.

## Two films in one

Everyone says the film has two halves, and it does. The first is a screwball romance in 1930s Tuscany, built entirely on Roberto Benigni's body: the falls, the sprints, the hats, the coincidences that arrive exactly on cue. Guido is a clown in the old sense, a man who bends the world by refusing to take it seriously. He woos Dora (Nicoletta Braschi) with a series of impossible tricks, each one a little set piece, and the film's machinery is so precise that you can hear the timing click.

The second half takes that same man and that same machinery into a concentration camp.

The question every critic asked in 1998, and that audiences still ask, is whether this is permitted. I think it is the wrong question. The better one is: **what does the first half do to the second?**

## What the first half teaches

The first hour is not a prologue. It is a *training*. It teaches us three rules:

1. Guido can turn anything into a game.
2. Games, in this film, always work. Every trick lands; every coincidence pays off.
3. We are allowed, even invited, to laugh at danger, because danger is not real here. The Fascist officials, the bureaucrats, the rivals for Dora's hand: all of them are targets, none of them are threats.

By the time the family is deported, we have completely internalised those rules. And the genius, and the problem, of the second half is that the film **keeps the rules running** inside a place where they cannot possibly hold.

## The translation scene

The best sequence in the film is the one everyone remembers: a guard barks the camp rules in German, and Guido, who does not speak German, volunteers to translate them for the prisoners, turning each rule into a point in a game for his son's benefit. A thousand points and you win a real tank.

Watch it as a piece of construction. Benigni plays it at the exact tempo of the first half's gags: a setup, a misdirection, a topper. The room laughs. I have heard it laugh forty times. And in the middle of the laugh, every time, something catches. You can hear people realise, in real time, that they are laughing at a man lying to a child to keep him alive in a death camp. The laugh doesn't stop, it *changes*. It becomes a laugh of recognition, and then of dread.

That is the moment a comedy stops being one, and it's the single most remarkable thing I have ever heard an audience do.

## Where I part ways with the film

And yet I give it a 7, not a 10, because I don't think the film fully understands what it has done.

The camp in *Life Is Beautiful* is a stage set. It is grey and misty and vaguely menacing, but the film takes great care to keep the worst of it out of frame, and that care is partly for the child's sake and partly, I think, for ours. The film wants the horror to be *felt* at the edges without ever being *seen*, so that the comedy can continue. That's a legitimate choice for a fable. But it also means the film can't reckon with what the fable is standing in for. Guido's game works, in the end, because the film has arranged the world so that it can.

Compare Chaplin's *The Great Dictator*, made before the full truth of the camps was known, where comedy is aimed at power. Or the famous example of a comedy on this subject that was made and then never released, because its maker came to think it should not be seen. Benigni's film sits between those: it aims its comedy at a father's love, not at the perpetrators, and love is a safer target.

## The ending

:::spoiler How it ends, and why it both works and doesn't
Guido hides Giosuè in a metal box as the camp is abandoned, and goes to look for Dora. He is caught. As a soldier marches him past the box, he knows his son is watching through the slot, so he does a silly goose-stepping walk, winking, to keep the game alive. He is taken around a corner and shot, off screen. The next morning Giosuè climbs out into an empty yard, and an American tank rolls in. He thinks he has won. He is reunited with his mother, and an adult voice tells us this was his father's gift.

The silly walk is the best and worst thing in the film. It is unbearable, and it is *designed* to be unbearable: the film's whole grammar of clowning is used for the last time to mask a death. I find it devastating every single time. But then the tank arrives, and the film rewards the game. The child's fantasy comes true. The tank is the film telling us Guido was *right*, and I think a braver film would have left that question open.
:::

## The score

A word for Nicola Piovani, whose music carries the whole transition. The main waltz is light enough for the romance and sad enough, when slowed down, for the camp. It is the same melody doing two jobs, which is exactly what the film is doing.

## Where I land

*Life Is Beautiful* is a great piece of comic machinery attached to a subject that resists machines. It is at its best when the two grind against each other, in the translation scene, in the last walk, and at its weakest when it lets the machine win. I still think everyone should see it, ideally in a room full of people, so they can hear that silence for themselves.

**7/10.** For Benigni's body, for Piovani's waltz, and for forty evenings in a projection booth listening to people learn something about laughter.`,
};
