import 'server-only';

import { oauthProviders } from '@/lib/env';

export interface OAuthProvider {
  id: 'github' | 'google';
  name: string;
}

/** The GitHub and Google buttons to show: only those with credentials configured. */
export function enabledOAuthProviders(): OAuthProvider[] {
  const enabled = oauthProviders();
  return [
    ...(enabled.github ? [{ id: 'github' as const, name: 'GitHub' }] : []),
    ...(enabled.google ? [{ id: 'google' as const, name: 'Google' }] : []),
  ];
}
