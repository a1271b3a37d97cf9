import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { AuthCard } from '@/components/page/auth-card';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { getViewer } from '@/lib/auth/viewer';
import { TOKEN_PROBLEMS } from '@/lib/tokens/messages';

export const metadata: Metadata = {
  title: 'Verify email',
  description: 'Confirm the email address of your Verdict account.',
  openGraph: { title: 'Verify your Verdict email address' },
  robots: { index: false },
};

const PROBLEMS: Record<string, string> = {
  expired: TOKEN_PROBLEMS['verify-email'].expired,
  invalid: TOKEN_PROBLEMS['verify-email'].invalid,
  taken: 'That address now belongs to another account, so it cannot become yours. Ask for the change again with another address.',
};

/** What opening a verification link did (app/verify-email/route.ts sends the browser here). */
export default async function VerificationOutcomePage({ params }: { params: Promise<{ outcome: string }> }) {
  const { outcome } = await params;
  const viewer = await getViewer();

  if (outcome === 'verified' || outcome === 'changed') {
    return (
      <AuthCard
        title={outcome === 'changed' ? 'Your new address is confirmed' : 'Your address is verified'}
        intro={outcome === 'changed' ? 'Verdict now writes to this address.' : 'Thank you: your account is all set.'}
      >
        <Link href={viewer ? '/' : '/signin'} className={buttonClasses('primary')}>
          {viewer ? 'Go to the feed' : 'Sign in'}
        </Link>
      </AuthCard>
    );
  }

  const problem = PROBLEMS[outcome];
  if (!problem) notFound();
  return (
    <AuthCard title="This link does not work" intro="Verification links work once, for 24 hours.">
      <FormMessage tone="error" message={problem} />
      <p className="text-ink-muted">
        {viewer
          ? 'If your address is not verified yet, "Send a new link" at the top of the page mails you a fresh one.'
          : 'Sign in: if your address is not verified yet, "Send a new link" at the top of the page mails you a fresh one.'}
      </p>
      <Link href={viewer ? '/settings' : '/signin?callbackUrl=%2Fsettings'} className={buttonClasses('primary')}>
        {viewer ? 'Go to settings' : 'Sign in'}
      </Link>
    </AuthCard>
  );
}
