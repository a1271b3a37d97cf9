import 'server-only';

import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';

import { db } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { env, oauthProviders } from '@/lib/env';
import { availableHandle, findCredentials } from '@/lib/auth/queries';
import { signInSchema } from '@/lib/validation/auth';

import { clientAddressOf } from './client-address';
import { verifyPassword } from './password';
import { withPasswordBudget } from './password-attempts';
import { safeReturnPath } from './return-path';
import { grantedVersion } from './session-grant';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion: number;
  }
}

// A real argon2id hash of a random string: verifying against it when the email
// is unknown makes that answer take as long as a wrong password does.
const TIMING_DECOY = '$argon2id$v=19$m=19456,t=2,p=1$1r8lfcAQT79Fl4P7SWtJkg$fj/dvcCNaRr8rtzrQMiRpDW4b1qO8WyDHuWhRLrgqG8';

function adapter(): Adapter {
  const base = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    // Members from GitHub or Google need a handle and a display name, which
    // the stock adapter does not know about; emails are kept lower-case.
    async createUser({ id: _ignored, ...profile }) {
      const email = profile.email.toLowerCase();
      const displayName = (profile.name ?? email.split('@')[0] ?? 'Member').slice(0, 50);
      const handle = await availableHandle(profile.name ?? email);
      // GitHub and Google only hand over addresses they have verified themselves.
      const emailVerified = profile.emailVerified ?? new Date();
      const [created] = await db
        .insert(users)
        .values({ ...profile, email, emailVerified, name: displayName, displayName, handle })
        .returning();
      if (!created) throw new Error('Could not create the member');
      return { ...created, email };
    },
    getUserByEmail: (email) => base.getUserByEmail!(email.toLowerCase()),
  };
}

/**
 * Auth.js asks for its configuration on every call. It is built on the first
 * and kept: the environment does not change while the server runs, and
 * building it anew (the adapter, the providers) on every request cost each
 * page and each vote for nothing. Lazily still, so `next build` needs no
 * environment.
 */
let configuration: NextAuthConfig | undefined;

function buildConfiguration(): NextAuthConfig {
  const enabled = oauthProviders();
  return {
    secret: env().AUTH_SECRET,
    // Verdict runs behind whatever host serves it; Auth.js reads the host from the request.
    trustHost: true,
    adapter: adapter(),
    // JWT sessions are what Credentials sign-in supports. They are made
    // revocable by getViewer(), which re-reads the member on every request.
    // A week, sliding: proxy.ts re-issues the cookie on every page a
    // signed-in member opens, so only a week without a visit signs them out.
    session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
    // Errors come back to the sign-in page too, which says what went wrong beside the buttons.
    pages: { signIn: '/signin', error: '/signin' },
    logger: {
      // A wrong password is an expected answer shown beside the form, not a
      // server error: logging its stack on every attempt would bury real ones.
      error(error) {
        if ((error as { type?: string }).type === 'CredentialsSignin') return;
        console.error(`[auth] ${error.name}: ${error.message}`, error.cause ?? '');
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        // Every door that checks a password comes here: the sign-in form,
        // Auth.js's own /api/auth/callback/credentials, and sign-up's
        // "already have an account" path. So the budgets live here too.
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          return withPasswordBudget({ email, address: clientAddressOf(request.headers) }, async () => {
            const member = await findCredentials(email);
            if (!member?.passwordHash) {
              await verifyPassword(TIMING_DECOY, password);
              return null;
            }
            const valid = await verifyPassword(member.passwordHash, password);
            // A banned member still signs in: to read and export their own
            // data, and to see why and until when they cannot post.
            if (!valid || member.deletedAt) return null;
            return {
              id: member.id,
              email: member.email,
              name: member.displayName,
              image: member.image,
              sessionVersion: member.sessionVersion,
            };
          });
        },
      }),
      ...(enabled.github ? [GitHub] : []),
      ...(enabled.google ? [Google] : []),
    ],
    callbacks: {
      // Where Auth.js sends a browser after signing in or out: only this site.
      redirect({ url, baseUrl }) {
        const origin = new URL(baseUrl).origin;
        return `${origin}${safeReturnPath(url.startsWith(origin) ? url.slice(origin.length) || '/' : url)}`;
      },
      jwt({ token, user, trigger, session }) {
        if (user) {
          token.sub = user.id;
          token.sessionVersion = user.sessionVersion ?? 0;
        }
        // After "Sign out everywhere" or a password change, the browser that
        // asked keeps its session with the new version; only a grant signed
        // on the server (lib/auth/keep-session.ts) may move it, since anyone
        // can send Auth.js's session endpoint data of their own.
        if (trigger === 'update') {
          const version = grantedVersion(env().AUTH_SECRET, token.sub, (session as { grant?: unknown } | undefined)?.grant);
          if (version !== null) token.sessionVersion = version;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sessionVersion === 'number' ? token.sessionVersion : 0;
        return session;
      },
    },
  };
}

export const {
  handlers,
  auth,
  signIn,
  signOut,
  unstable_update: updateSession,
} = NextAuth(() => (configuration ??= buildConfiguration()));
