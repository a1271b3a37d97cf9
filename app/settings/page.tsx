import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageShell } from '@/components/page/page-shell';
import { ChangeEmailForm } from '@/components/settings/change-email-form';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { DeleteAccountForm } from '@/components/settings/delete-account-form';
import { MailPreferencesForm } from '@/components/settings/mail-preferences-form';
import { NotificationPreferencesForm } from '@/components/settings/notification-preferences-form';
import { ProfileForm } from '@/components/settings/profile-form';
import { SignOutEverywhereForm } from '@/components/settings/sign-out-everywhere-form';
import { buttonClasses } from '@/components/ui/button';
import { changePasswordAction, signOutEverywhereAction } from '@/lib/actions/account-security';
import { saveMailPreferencesAction } from '@/lib/actions/mail-preferences';
import { saveNotificationPreferencesAction } from '@/lib/actions/notifications';
import { deleteAccountAction, updateProfileAction } from '@/lib/actions/settings';
import { changeEmailAction } from '@/lib/actions/verification';
import { requireMember } from '@/lib/auth/viewer';
import { getMailPreferences } from '@/lib/notification-mail/queries';
import { getNotificationPreferences } from '@/lib/notifications/queries';
import { getProfileSettings } from '@/lib/members/queries';

export const metadata: Metadata = {
  title: 'Settings',
  description: 'Your Verdict profile, your data, and your account.',
  openGraph: { title: 'Settings · Verdict', url: '/settings' },
  robots: { index: false },
};

const sectionClasses = 'rounded-card border border-line bg-surface p-5 shadow-card sm:p-8';

/** What a security change that redirected here did (lib/actions/account-security.ts). */
const CHANGED: Record<string, string> = {
  password: 'Your password is changed. Every other session is signed out.',
  sessions: 'Every other session is signed out. This one stays signed in.',
};

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ changed?: string | string[] }> }) {
  const viewer = await requireMember('/settings');
  const { changed } = await searchParams;
  const notice = typeof changed === 'string' && Object.hasOwn(CHANGED, changed) ? CHANGED[changed] : undefined;
  const [settings, preferences, mail] = await Promise.all([
    getProfileSettings(viewer),
    getNotificationPreferences(viewer.id),
    getMailPreferences(viewer.id),
  ]);
  if (!settings || !preferences) notFound();

  return (
    <PageShell narrow>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Settings</h1>
        <p className="mt-2 text-ink-muted">
          Signed in as <span className="font-medium text-ink">@{settings.handle}</span>
          {settings.email ? ` (${settings.email})` : ''}.
        </p>
      </header>

      <div className="space-y-8">
        <section aria-labelledby="profile-heading" className={sectionClasses}>
          <h2 id="profile-heading" className="mb-5 font-serif text-2xl font-semibold text-ink">
            Profile
          </h2>
          <ProfileForm action={updateProfileAction} initial={{ displayName: settings.displayName, bio: settings.bio }} />
        </section>

        <section aria-labelledby="notifications-heading" className={sectionClasses}>
          <h2 id="notifications-heading" className="mb-2 font-serif text-2xl font-semibold text-ink">
            Notifications
          </h2>
          <p className="mb-5 text-ink-muted">Choose what Verdict tells you about. Nothing here changes what you earn.</p>
          <NotificationPreferencesForm action={saveNotificationPreferencesAction} initial={preferences} />
        </section>

        <section aria-labelledby="mail-heading" className={sectionClasses}>
          <h2 id="mail-heading" className="mb-2 font-serif text-2xl font-semibold text-ink">
            Email notifications
          </h2>
          <p className="mb-5 text-ink-muted">
            Verdict mails you only about what you choose here: each time, or one digest a day.
          </p>
          <MailPreferencesForm
            action={saveMailPreferencesAction}
            initial={mail}
            email={settings.email}
            verified={viewer.emailVerified}
          />
        </section>

        <section aria-labelledby="security-heading" className={sectionClasses}>
          <h2 id="security-heading" className="mb-2 font-serif text-2xl font-semibold text-ink">
            Sign-in and security
          </h2>
          <p className="mb-5 text-ink-muted">
            {settings.hasPassword
              ? 'A new password signs your account out everywhere else.'
              : 'You sign in with GitHub or Google. Set a password to sign in with your email too.'}
          </p>
          <ChangePasswordForm
            action={changePasswordAction}
            hasPassword={settings.hasPassword}
            notice={changed === 'password' ? notice : undefined}
          />

          <h3 className="mt-8 mb-2 font-serif text-xl font-semibold text-ink">Email address</h3>
          <p className="mb-5 text-ink-muted">
            {settings.email ? (
              <>
                Verdict writes to <span className="font-medium text-ink">{settings.email}</span>
                {viewer.emailVerified ? '.' : ', which is not verified yet.'} A new address is used once it confirms by the link
                we mail to it; the old one is told.
              </>
            ) : (
              'Your account has no email address yet.'
            )}
          </p>
          <ChangeEmailForm action={changeEmailAction} />

          <h3 className="mt-8 mb-2 font-serif text-xl font-semibold text-ink">Sessions</h3>
          <p className="mb-5 text-ink-muted">
            A session lasts a week from your last visit. Lost a device, or signed in somewhere you should not have? End every
            session but this one.
          </p>
          <SignOutEverywhereForm action={signOutEverywhereAction} notice={changed === 'sessions' ? notice : undefined} />
        </section>

        <section aria-labelledby="data-heading" className={sectionClasses}>
          <h2 id="data-heading" className="mb-2 font-serif text-2xl font-semibold text-ink">
            Your data
          </h2>
          <p className="mb-5 text-ink-muted">
            Everything you have written and done on Verdict — your profile, reviews with every saved version, comments, upvotes
            and follows — as one JSON file.
          </p>
          <a href="/settings/export" download className={buttonClasses('secondary')}>
            Download my data
          </a>
        </section>

        <section aria-labelledby="delete-heading" className={`${sectionClasses} border-danger/40`}>
          <h2 id="delete-heading" className="mb-2 font-serif text-2xl font-semibold text-ink">
            Delete my account
          </h2>
          <p className="mb-5 text-ink-muted">Your profile goes for good. Choose what happens to what you wrote.</p>
          <DeleteAccountForm
            action={deleteAccountAction}
            confirmWith={settings.hasPassword ? 'password' : 'handle'}
            handle={settings.handle}
          />
        </section>
      </div>
    </PageShell>
  );
}
