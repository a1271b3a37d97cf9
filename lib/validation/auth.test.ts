import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { signInSchema, signUpSchema } from './auth';

const valid = { email: 'Mina@Example.com', password: 'a long enough password', handle: '@Mina_K', displayName: ' Mina ' };

describe('signUpSchema', () => {
  it('normalises email, handle and display name', () => {
    expect(signUpSchema.parse(valid)).toEqual({
      email: 'mina@example.com',
      password: valid.password,
      handle: 'mina_k',
      displayName: 'Mina',
    });
  });

  it.each([
    ['email', { email: 'not-an-email' }, 'Enter an email address like name@example.com.'],
    ['email', { email: '' }, 'Enter your email address.'],
    ['password', { password: 'short' }, 'Use at least 10 characters.'],
    ['handle', { handle: 'ab' }, 'Use at least 3 characters.'],
    ['handle', { handle: 'has space' }, 'Use only letters, numbers, hyphens and underscores.'],
    ['handle', { handle: 'settings' }, 'That handle is reserved. Try another.'],
    ['handle', { handle: 'x'.repeat(31) }, 'Use at most 30 characters.'],
    ['displayName', { displayName: '   ' }, 'Enter the name people will see.'],
    ['displayName', { displayName: 'x'.repeat(51) }, 'Use at most 50 characters.'],
  ] as const)('%s: %j → %j', (field, change, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors[field]).toContain(message);
  });
});

describe('signInSchema', () => {
  it('asks for both fields', () => {
    const result = signInSchema.safeParse({ email: '', password: '' });
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      email: ['Enter your email address.'],
      password: ['Enter your password.'],
    });
  });
});
