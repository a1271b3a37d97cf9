import { describe, expect, it } from 'vitest';

import { filmIndexHref, parseFilmIndexQuery } from './params';

describe('film index parameters', () => {
  it('reads a full query', () => {
    expect(parseFilmIndexQuery({ country: 'kr', from: '2000', to: '2020', versions: '1', sort: 'year' })).toEqual({
      country: 'KR',
      from: 2000,
      to: 2020,
      hasVersions: true,
      sort: 'year',
    });
  });

  it.each([
    [{}, { country: undefined, from: undefined, to: undefined, hasVersions: false, sort: 'title' }],
    [
      { country: 'Korea', from: 'soon', to: '99999', versions: 'maybe', sort: 'random' },
      { country: undefined, from: undefined, to: undefined, hasVersions: false, sort: 'title' },
    ],
    [
      { country: ['US', 'KR'], from: '', to: '1990.5', sort: ['rating', 'year'] },
      { country: 'US', from: undefined, to: undefined, hasVersions: false, sort: 'rating' },
    ],
    [
      { from: '2020', to: '1990', versions: 'on' },
      { country: undefined, from: 1990, to: 2020, hasVersions: true, sort: 'title' },
    ],
  ])('falls back per parameter: %j', (input, expected) => {
    expect(parseFilmIndexQuery(input)).toEqual(expected);
  });

  it('writes URLs with defaults left out', () => {
    expect(filmIndexHref({ sort: 'title' })).toBe('/films');
    expect(filmIndexHref({ country: 'TR', from: 2010, hasVersions: true, sort: 'reviews' })).toBe(
      '/films?country=TR&from=2010&versions=1&sort=reviews',
    );
  });
});
