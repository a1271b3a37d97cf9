import type { Metadata } from 'next';
import Link from 'next/link';

import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { AuthCard } from '@/components/page/auth-card';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { resetPasswordAction } from '@/lib/actions/password-reset';
import { checkResetLink } from '@/lib/password-reset/queries';
import { TOKEN_PROBLEMS } from '@/lib/tokens/messages';

export const metadata: Metadata = {
  title: 'Reset password',
  description: 'Choose a new Verdict password from the link in your mail.',
  openGraph: { title: 'Reset your Verdict password' },
  robots: { index: false },
};

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const link = await checkResetLink(token);

  if (!link.ok) {
    return (
      <AuthCard title="This link does not work" intro="Reset links work once, for one hour.">
        <FormMessage tone="error" message={TOKEN_PROBLEMS['reset-password'][link.problem]} />
        <Link href="/forgot-password" className={buttonClasses('primary')}>
          Send me a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="Once it is set, every session of your account is signed out.">
      <ResetPasswordForm action={resetPasswordAction} token={token as string} />
    </AuthCard>
  );
}
