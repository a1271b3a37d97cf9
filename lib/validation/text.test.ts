import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { checkbox, text } from './text';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message);

describe('text', () => {
  const title = text({ required: 'Give it a title.', max: 5 });

  it.each([
    ['Hi', 'Hi'],
    ['  Hi  ', 'Hi'],
    ['12345', '12345'],
    ['  12345  ', '12345'],
  ])('reads %j as %j', (input, output) => {
    expect(title.parse(input)).toBe(output);
  });

  it.each([
    ['', 'Give it a title.'],
    ['   \n ', 'Give it a title.'],
    [null, 'Give it a title.'],
    [undefined, 'Give it a title.'],
    [new File(['x'], 'x.txt'), 'Give it a title.'],
    [40, 'Give it a title.'],
    [{}, 'Give it a title.'],
    ['123456', 'Use at most 5 characters.'],
  ])('refuses %j: %j', (input, message) => {
    expect(messages(title, input)).toEqual([message]);
  });

  it('without `required` an empty or missing field reads as empty, and anything else is still refused', () => {
    const bio = text({ max: 5 });
    expect(bio.parse(null)).toBe('');
    expect(bio.parse('   ')).toBe('');
    expect(messages(bio, ['a'])).toEqual(['This field could not be read.']);
  });

  it('says how long a text was when the message asks', () => {
    const body = text({
      max: 10,
      tooLong: (length) => `At most 10; this has ${length}.`,
      min: { length: 3, message: (length) => `At least 3; this has ${length}.` },
    });
    expect(messages(body, 'x'.repeat(12))).toEqual(['At most 10; this has 12.']);
    expect(messages(body, ' xy ')).toEqual(['At least 3; this has 2.']);
  });

  it('keeps a password as typed', () => {
    expect(text({ max: 20, trim: false }).parse('  secret  ')).toBe('  secret  ');
  });

  it('runs the field’s own rules only once the length is fine', () => {
    let checked = 0;
    const counted = text({ max: 3 }).refine(() => (checked += 1) > 0);
    expect(counted.safeParse('long text').success).toBe(false);
    expect(checked).toBe(0);
  });
});

describe('checkbox', () => {
  it.each([
    ['on', true],
    ['true', true],
    [true, true],
    [null, false],
    ['', false],
    ['off', false],
    [undefined, false],
  ])('reads %j as %j', (input, output) => {
    expect(checkbox.parse(input)).toBe(output);
  });
});
