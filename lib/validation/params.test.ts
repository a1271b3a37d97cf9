import { describe, expect, it } from 'vitest';

import { formDataOf, parseHandle, parseRecordId, stringFields } from './params';

describe('parseRecordId', () => {
  it.each([
    [40, 40],
    ['40', 40],
    ['1', 1],
    ['2147483647', 2_147_483_647],
    [2_147_483_647, 2_147_483_647],
  ])('reads %j as %j', (input, output) => {
    expect(parseRecordId(input)).toBe(output);
  });

  it.each([
    // One spelling per id: no zero, no leading zeros, no spaces, no exponent, ASCII digits only.
    '0',
    '00',
    '012',
    ' 1',
    '1 ',
    ' 40 ',
    '+1',
    '١',
    '٤٠',
    '１',
    '2147483648',
    '99999999999',
    '40 or true',
    '',
    'abc',
    '1e3',
    '0x10',
    '-1',
    '4.0',
    {},
    { id: 40 },
    [40],
    -1,
    0,
    1.5,
    2_147_483_648,
    Number.MAX_SAFE_INTEGER,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    'x'.repeat(100_000),
  ])('refuses %j', (input) => {
    expect(parseRecordId(input)).toBeNull();
  });
});

describe('parseHandle', () => {
  it.each([
    ['jiwoo', 'jiwoo'],
    ['@JiWoo', 'jiwoo'],
    [' amara_okafor ', 'amara_okafor'],
  ])('reads %j as %j', (input, output) => {
    expect(parseHandle(input)).toBe(output);
  });

  it.each([
    '',
    'ab',
    'a'.repeat(31),
    "jiwoo' or '1'='1",
    'ji woo',
    'ji/woo',
    {},
    ['jiwoo'],
    40,
    null,
    undefined,
    'x'.repeat(100_000),
  ])('refuses %j', (input) => {
    expect(parseHandle(input)).toBeNull();
  });
});

describe('formDataOf', () => {
  it('passes a form through and puts an empty one in place of anything else', () => {
    const form = new FormData();
    form.set('body', 'Hi');
    expect(formDataOf(form)).toBe(form);
    for (const other of ['body=Hi', { body: 'Hi' }, null, undefined, 40]) {
      expect([...formDataOf(other).keys()]).toEqual([]);
    }
  });
});

describe('stringFields', () => {
  it('keeps only the named short string fields of an object', () => {
    expect(stringFields({ sort: 'top', t: 7, extra: 'x' }, ['sort', 't'])).toEqual({ sort: 'top' });
    expect(stringFields({ sort: 'x'.repeat(201) }, ['sort'])).toEqual({});
    expect(stringFields('top', ['sort'])).toEqual({});
    expect(stringFields(null, ['sort'])).toEqual({});
    expect(stringFields(Object.create({ sort: 'inherited' }), ['sort'])).toEqual({});
  });
});
