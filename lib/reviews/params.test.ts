import { describe, expect, it } from 'vitest';

import { type FilmReviewQuery, filmReviewSearch, parseFilmReviewQuery } from './params';

const defaults: FilmReviewQuery = {
  sort: 'top',
  hideSpoilers: false,
  minRating: undefined,
  maxRating: undefined,
  after: undefined,
};

describe('parseFilmReviewQuery', () => {
  it.each<[string, Record<string, string | string[] | undefined>, Partial<FilmReviewQuery>]>([
    ['nothing: the defaults', {}, {}],
    ['every sort', { sort: 'rating-asc' }, { sort: 'rating-asc' }],
    ['hot', { sort: 'hot' }, { sort: 'hot' }],
    ['an unknown sort falls back to top', { sort: 'best' }, {}],
    ['a sort in the wrong case falls back', { sort: 'NEW' }, {}],
    ['repeated parameters: the first wins', { sort: ['new', 'hot'] }, { sort: 'new' }],
    ['hide spoilers', { spoilers: 'hide' }, { hideSpoilers: true }],
    ['any other spoilers value shows them', { spoilers: 'yes' }, {}],
    ['a rating range', { min: '3', max: '10' }, { minRating: 3, maxRating: 10 }],
    ['one end of the range', { max: '4' }, { maxRating: 4 }],
    ['a reversed range is the range it names', { min: '8', max: '2' }, { minRating: 2, maxRating: 8 }],
    ['ratings outside 1–10 are dropped', { min: '0', max: '11' }, {}],
    ['ratings that are not whole numbers are dropped', { min: '2.5', max: '1e1' }, {}],
    ['an empty rating (the "Any" option) is no bound', { min: '', max: '' }, {}],
    ['a bad value costs only itself', { sort: 'new', min: 'lots', max: '6' }, { sort: 'new', maxRating: 6 }],
    ['a cursor is kept for the query to check', { after: 'top_5_12' }, { after: 'top_5_12' }],
    ['an empty cursor is none', { after: '' }, {}],
    ['an over-long cursor is dropped', { after: 'x'.repeat(65) }, {}],
  ])('%s', (_name, searchParams, expected) => {
    expect(parseFilmReviewQuery(searchParams)).toEqual({ ...defaults, ...expected });
  });
});

describe('filmReviewSearch', () => {
  it.each<[Partial<FilmReviewQuery>, string]>([
    [{}, ''],
    [{ sort: 'new' }, '?sort=new'],
    [
      { sort: 'rating-desc', hideSpoilers: true, minRating: 2, maxRating: 9, after: 'rating-desc_9_4' },
      '?sort=rating-desc&spoilers=hide&min=2&max=9&after=rating-desc_9_4',
    ],
    [{ maxRating: 10 }, '?max=10'],
  ])('writes %o as %s, which parses back to the same query', (query, search) => {
    const full = { ...defaults, ...query };
    expect(filmReviewSearch(full)).toBe(search);
    expect(parseFilmReviewQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(full);
  });
});
