import { describe, expect, it } from 'vitest';

import { MAX_QUERY_LENGTH } from './query-length';
import { parseSearchQuery, searchHref } from './params';

describe('search parameters', () => {
  it('says what is missing instead of searching for nothing', () => {
    expect(parseSearchQuery({}).problem).toBe('empty');
    expect(parseSearchQuery({ q: '   ' }).problem).toBe('empty');
    expect(parseSearchQuery({ q: ' x ' })).toMatchObject({ q: 'x', problem: 'too-short' });
    expect(parseSearchQuery({ q: 'rain  man' })).toMatchObject({ q: 'rain man', problem: null });
  });

  it('cuts long queries and falls back per parameter', () => {
    const long = parseSearchQuery({
      q: 'ab'.repeat(500),
      films_page: '999',
      people_page: ['2', '3'],
      reviews_after: 'x'.repeat(300),
    });
    expect(Array.from(long.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(long).toMatchObject({ filmsPage: 1, peoplePage: 2, reviewsAfter: undefined });
    expect(parseSearchQuery({ q: 'ok', films_page: '-3' }).filmsPage).toBe(1);
    expect(parseSearchQuery({ q: ['first', 'second'] }).q).toBe('first');
    expect(parseSearchQuery({ q: 'rain\u0000man\u0007' }).q).toBe('rain man');
  });

  it('writes URLs with defaults left out', () => {
    expect(searchHref({ q: 'rain man' })).toBe('/search?q=rain+man');
    expect(searchHref({ q: 'a&b', filmsPage: 2, peoplePage: 1, reviewsAfter: '0.5_3' })).toBe(
      '/search?q=a%26b&films_page=2&reviews_after=0.5_3',
    );
  });
});
