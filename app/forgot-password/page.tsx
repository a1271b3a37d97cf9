import type { Metadata } from 'next';

import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { AuthCard } from '@/components/page/auth-card';
import { requestPasswordResetAction } from '@/lib/actions/password-reset';

export const metadata: Metadata = {
  title: 'Forgot password',
  description: 'Get a link by email to choose a new Verdict password.',
  openGraph: { title: 'Forgot your Verdict password?' },
  robots: { index: false },
};

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      intro="Type the address you signed up with and we will mail you a link to choose a new one."
    >
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </AuthCard>
  );
}
