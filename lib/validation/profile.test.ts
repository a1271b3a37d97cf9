import { describe, expect, it } from 'vitest';

import { deleteAccountSchema, profileSchema } from './profile';

describe('profileSchema', () => {
  it.each([
    [
      { displayName: '  Ji-woo Han  ', bio: ' Korean cinema, mostly. ' },
      { displayName: 'Ji-woo Han', bio: 'Korean cinema, mostly.' },
    ],
    [
      { displayName: 'Émile 🎬', bio: '' },
      { displayName: 'Émile 🎬', bio: '' },
    ],
  ])('accepts %j', (input, output) => {
    expect(profileSchema.parse(input)).toEqual(output);
  });

  it.each([
    [{ displayName: '   ', bio: '' }, 'displayName', 'Enter the name to show on your reviews.'],
    [{ displayName: 'x'.repeat(51), bio: '' }, 'displayName', 'Keep your display name to 50 characters or fewer.'],
    [{ displayName: 'Ji-woo', bio: 'x'.repeat(501) }, 'bio', 'Keep your bio to 500 characters or fewer.'],
  ])('refuses %j', (input, field, message) => {
    const result = profileSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});

describe('deleteAccountSchema', () => {
  it('needs the password and a choice', () => {
    expect(deleteAccountSchema.safeParse({ password: 'secret', content: 'keep' }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ password: '', content: 'keep' }).error?.issues[0]?.message).toBe(
      'Enter your password to confirm.',
    );
    expect(deleteAccountSchema.safeParse({ password: 'x', content: 'shred' }).error?.issues[0]?.message).toBe(
      'Choose what happens to your reviews and comments.',
    );
    expect(deleteAccountSchema.safeParse({ content: 'keep' }).error?.issues[0]?.message).toBe('Enter your password to confirm.');
  });

  it('takes a typed handle instead, for members with no password', () => {
    expect(deleteAccountSchema.parse({ handle: ' @jiwoo ', content: 'remove' })).toEqual({ handle: '@jiwoo', content: 'remove' });
    expect(deleteAccountSchema.safeParse({ handle: '  ', content: 'keep' }).error?.issues[0]).toMatchObject({
      path: ['handle'],
      message: 'Type your handle to confirm.',
    });
  });
});
