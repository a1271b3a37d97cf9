import './globals.css';

import type { Metadata, Viewport } from 'next';

import { VerifyEmailBanner } from '@/components/auth/verify-email-banner';
import { FocusRecovery } from '@/components/layout/focus-recovery';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { signOutAction } from '@/lib/actions/auth';
import { resendVerificationAction } from '@/lib/actions/verification';
import { getViewer } from '@/lib/auth/viewer';
import { siteUrl } from '@/lib/seo/site-url';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await siteUrl(),
    title: { default: `${SITE_NAME} — film reviews worth reading`, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    openGraph: { type: 'website', siteName: SITE_NAME, locale: 'en', description: SITE_DESCRIPTION },
    twitter: { card: 'summary' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf7f2' },
    { media: '(prefers-color-scheme: dark)', color: '#16130f' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en">
      <body>
        <SiteHeader
          viewer={viewer && { handle: viewer.handle, displayName: viewer.displayName, image: viewer.image }}
          signOutAction={signOutAction}
          unreadNotifications={viewer?.unreadNotifications ?? 0}
        />
        {viewer?.email && !viewer.emailVerified ? (
          <VerifyEmailBanner email={viewer.email} action={resendVerificationAction} />
        ) : null}
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
        <FocusRecovery />
      </body>
    </html>
  );
}
