import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { AuthCard } from '@/components/page/auth-card';
import { FormMessage } from '@/components/ui/form-message';
import { oauthSignInAction, signInAction } from '@/lib/actions/auth';
import { getViewer, safeReturnPath } from '@/lib/auth/viewer';
import { enabledOAuthProviders } from '@/lib/auth/providers';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { waitMessage } from '@/lib/rate-limit';
import { THROTTLES } from '@/lib/rate-limit/throttles';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to Verdict to write reviews, upvote the ones you love and join the conversation.',
  openGraph: { title: 'Sign in to Verdict' },
};

type SearchParams = Promise<{
  callbackUrl?: string | string[];
  error?: string | string[];
  code?: string | string[];
  reset?: string | string[];
}>;

/** Why Auth.js's own endpoint sent the browser here (`?error=CredentialsSignin&code=…`), in words. */
function noticeFor(error: unknown, code: unknown): string | undefined {
  if (error !== 'CredentialsSignin') return undefined;
  return code === 'throttled'
    ? `Too many sign-in attempts. ${waitMessage(THROTTLES.signInAccount.duration)}`
    : 'That email and password do not match an account. Check them and try again.';
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error, code, reset } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getViewer()) redirect(returnTo);

  return (
    <AuthCard title="Welcome back" intro="Sign in to write reviews, upvote and join the conversation.">
      <FormMessage tone="success" message={reset === 'done' ? 'Your password is reset. Sign in with the new one.' : undefined} />
      <FormMessage tone="error" message={signInErrorMessage(error)} />
      <OAuthButtons providers={enabledOAuthProviders()} action={oauthSignInAction} callbackUrl={returnTo} />
      <SignInForm action={signInAction} callbackUrl={returnTo} notice={noticeFor(error, code)} />
    </AuthCard>
  );
}
