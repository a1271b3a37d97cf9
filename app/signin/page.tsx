import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { AuthCard } from '@/components/page/auth-card';
import { oauthSignInAction, signInAction } from '@/lib/actions/auth';
import { getViewer, safeReturnPath } from '@/lib/auth/viewer';
import { enabledOAuthProviders } from '@/lib/auth/providers';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to Verdict to write reviews, upvote the ones you love and join the conversation.',
  openGraph: { title: 'Sign in to Verdict' },
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getViewer()) redirect(returnTo);

  return (
    <AuthCard title="Welcome back" intro="Sign in to write reviews, upvote and join the conversation.">
      <OAuthButtons providers={enabledOAuthProviders()} action={oauthSignInAction} callbackUrl={returnTo} />
      <SignInForm action={signInAction} callbackUrl={returnTo} />
    </AuthCard>
  );
}
