import type { SeedReview } from '../types';

/** Reviews of the Turkish, Filipino and Indonesian versions. */
export const miracleVersionReviews: SeedReview[] = [
  {
    key: 'deniz-miracle-tr',
    film: 'miracle-in-cell-no-7-2019',
    author: 'deniz_yilmaz',
    title: 'Yeşilçam’s grandchild: why the Turkish version hits harder',
    rating: 9,
    containsSpoilers: true,
    daysAgo: 45.4,
    body: `Let me say it plainly, before the Korean-original crowd arrives: **7. Koğuştaki Mucize** is the version I would show to someone who has never seen any of them.

## It knows where it comes from

Turkish cinema has a long, proud, shameless tradition of melodrama. Our grandparents watched Yeşilçam films in open-air cinemas in summer and cried into their sunflower seeds. This remake does not pretend to be above that tradition; it sits right inside it. The Korean film is a comedy that turns into a tragedy. The Turkish one is a *ağıt*, a lament, from the first shot of the hills.

## The two performances

- **Aras Bulut İynemli** could have played Memo as a list of tics. He doesn't. Watch his hands: he is always touching something, a sheep, a doorframe, his daughter's hair, as if the world only makes sense when he can hold it.
- **Nisa Sofiya Aksongur** as Ova is extraordinary. She is not a cute child, she is a *person*, and a stubborn one. The scenes between the two of them feel improvised in the best way.

## The landscape

The Korean film lives in a city and a cell. This one has wind, dust, hills and a huge open sky, and that space matters: when Memo is locked up, you feel what was taken from him in a way you simply can't in a concrete city. The photography is maybe too beautiful sometimes, like a tourism advert, but I forgive it.

## The ending

Without saying too much: the Turkish film bends the ending, >!and it lets the cell's sacrifice mean something different from the original!<. Purists hate this. I think it is the version's most Turkish decision: our stories always leave a door open for a miracle, it is right there in the title.

> Ağlamak ayıp değil. Crying is no shame. (My grandmother, every Sunday, about every film.)

## Complaints

It is too long by fifteen minutes, and the prison officials are cartoon villains. The guards shout, the good men suffer, and there is very little in between.

Still: **9/10**. I watched it with my father, who does not cry. He went to "check on the tea" twice. 🫖`,
  },
  {
    key: 'sofia-miracle-tr',
    film: 'miracle-in-cell-no-7-2019',
    author: 'sofia_lindqvist',
    title: 'Same machine, prettier sheep',
    rating: 1,
    daysAgo: 38.9,
    body: `Every emotional beat of the Korean film, rebuilt shot for shot in golden hour. Nothing new is said; the crying is just better lit. I counted six separate slow-motion close-ups of a child's tears before I gave up counting. The actors are good and deserve a script that trusts them. If you have seen the original, you have seen this. If you haven't, watch the original, which at least has jokes.`,
  },
  {
    key: 'marco-miracle-ph',
    film: 'miracle-in-cell-no-7-2022-philippines',
    author: 'marco_reyes',
    title: 'The whole row was crying, including my tough-guy brother-in-law',
    rating: 7,
    daysAgo: 36.5,
    body: `Every Christmas my family goes to the Metro Manila Film Festival together, all eleven of us, and we argue for an hour about which film to see. The year this came out, nobody argued. My mother had already bought the tickets. 😂

## Is it good?

Honestly? It's *very* faithful to the Korean film, sometimes too faithful. If you know the original, you will see the big scenes coming from far away. But the Filipino version has something the original doesn't: **it sounds like us.** The jokes in the jail are our jokes. The way the cellmates tease each other, the way the food gets shared, the way everyone has a nickname within five minutes, that is a Filipino jail in a Filipino movie, not a translation.

## Aga and Xia

- **Aga Muhlach** is a surprise. I grew up with him as the handsome leading man, and here he is, completely without vanity. Some scenes he plays a bit too big, but when he is quiet he is very moving.
- **Xia Vigor** as young Yesha steals every scene. She is funny and sharp, and when she cries you don't feel the director asking her to.
- **Bela Padilla** has less to do as grown-up Yesha, but she is good in the courtroom scenes.

## What didn't work

1. It is long, and the middle drags.
2. Some of the music is *too much*. We get it, we are supposed to cry. We were already crying.
3. The villains are very villain-y. No grey at all.

## The row test

I rate films by how many people in my row were crying. This one: all eleven, plus the stranger at the end, plus my brother-in-law Jun, who claims he "had something in his eye" for two hours. 😭

**7/10.** Not better than the original, but it is *ours*, and sometimes that matters more. Maraming salamat to everyone who made it.`,
  },
  {
    key: 'sari-miracle-id',
    film: 'miracle-in-cell-no-7-2022-indonesia',
    author: 'sari_wulandari',
    title: 'Vino G. Bastian and a cell full of comedians: louder, funnier, still devastating',
    rating: 8,
    daysAgo: 30.2,
    body: `I went to see this with four teacher friends after school, expecting the usual: a copy of the Korean film with Indonesian faces. I came out with mascara on my collar and a lot of opinions. 🎬

## The comedy is *much* bigger

Hanung Bramantyo fills the cell with actors Indonesian audiences already know and love from comedy, and he lets them play. The first half is loud, physical, sometimes silly, and the audience in my cinema laughed the whole way through. Some critics think it is too much. I think it is smart: **the more you laugh with these men, the more it hurts later.** The Korean film does this too, but the Indonesian one pushes it further.

## Dodo and Kartika

Vino G. Bastian plays Dodo with a lot of physical detail: the walk, the voice, the way he repeats what people say to him. At first I worried it would become a caricature, but he finds the person under it, especially in the quiet scenes with his daughter.

Graciella Abigail as little Kartika is wonderful. As a primary teacher, I know exactly this kind of child: clever, bossy, protective of a parent who needs her. 😊

## Things I wished were different

- The police and the prison guards are very one-dimensional.
- The adult Kartika scenes feel rushed compared to the rest.
- A few jokes about Dodo's disability made me uncomfortable. The audience laughed; I didn't.

## Nangis? Jelas.

Did I cry? Of course. Everyone did. The woman behind me was saying *"ya Allah, ya Allah"* through the whole last twenty minutes.

**8/10.** If you only watch one version, I still say watch the Korean one. But if you are Indonesian, watch this one with your bapak.`,
  },
];
