/**
 * Why Auth.js sent a browser back to /signin (`?error=…`), in words, for
 * everything but a wrong password (the form answers that itself). Auth.js
 * names its errors by type; older names are kept because links and
 * bookmarks with them live on.
 */
const MESSAGES: Record<string, string> = {
  OAuthAccountNotLinked:
    'That email address already belongs to a Verdict account that signs in another way. Sign in as you did before (with your password, or the other provider); Verdict does not join accounts by their email, so no one can take over yours with a look-alike account elsewhere.',
  OAuthSignin: 'Verdict could not start signing you in with that provider. Try again, or sign in with your email and password.',
  OAuthSignInError:
    'Verdict could not start signing you in with that provider. Try again, or sign in with your email and password.',
  OAuthCallback:
    'Signing in with that provider did not finish: it may have been cancelled, or the provider did not answer. Try again, or sign in with your email and password.',
  OAuthCallbackError:
    'Signing in with that provider did not finish: it may have been cancelled, or the provider did not answer. Try again, or sign in with your email and password.',
  OAuthCreateAccount: 'Verdict could not create an account from that provider. Try again, or sign up with your email.',
  OAuthProfileParseError:
    'That provider sent back a profile Verdict could not read. Try again, or sign in with your email and password.',
  AccessDenied: 'That sign-in was refused. If you cancelled it at the provider, try again when you are ready.',
  Verification: 'That sign-in link has expired or was already used. Ask for a new one.',
  Configuration:
    'Signing in that way is not working on this site right now. Sign in with your email and password, or try again later.',
  MissingCSRF: 'Your sign-in form had expired. Please try again.',
  SessionRequired: 'Please sign in to see that page.',
};

const DEFAULT_MESSAGE = 'Something went wrong while signing you in. Please try again.';

export function signInErrorMessage(error: unknown): string | undefined {
  if (typeof error !== 'string' || error === '' || error === 'CredentialsSignin') return undefined;
  return Object.hasOwn(MESSAGES, error) ? MESSAGES[error] : DEFAULT_MESSAGE;
}
