import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { AuthCard } from '@/components/page/auth-card';
import { oauthSignInAction, signUpAction } from '@/lib/actions/auth';
import { enabledOAuthProviders } from '@/lib/auth/providers';
import { getViewer, safeReturnPath } from '@/lib/auth/viewer';

export const metadata: Metadata = {
  title: 'Sign up',
  description: 'Join Verdict: write long-form film reviews, keep spoilers hidden, and earn recognition for your words.',
  openGraph: { title: 'Join Verdict' },
};

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getViewer()) redirect(returnTo);

  return (
    <AuthCard title="Join Verdict" intro="Write reviews people read to the end. It takes a minute.">
      <OAuthButtons providers={enabledOAuthProviders()} action={oauthSignInAction} callbackUrl={returnTo} />
      <SignUpForm action={signUpAction} callbackUrl={returnTo} />
    </AuthCard>
  );
}
