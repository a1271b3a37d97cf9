import { describe, expect, it } from 'vitest';

import { signInErrorMessage } from './sign-in-errors';

describe('signInErrorMessage', () => {
  it.each([
    ['OAuthAccountNotLinked', /already belongs to a Verdict account that signs in another way/],
    ['OAuthCallbackError', /did not finish/],
    ['OAuthCallback', /did not finish/],
    ['OAuthSignin', /could not start/],
    ['AccessDenied', /refused/],
    ['Configuration', /not working on this site/],
    ['SomethingNew', /Something went wrong/],
    ['toString', /Something went wrong/],
  ])('explains %s', (error, message) => {
    expect(signInErrorMessage(error)).toMatch(message);
  });

  it.each([undefined, '', 'CredentialsSignin', ['OAuthCallback']])('leaves %j to the form', (error) => {
    expect(signInErrorMessage(error)).toBeUndefined();
  });
});
