import { Button } from '@/components/ui/button';
import type { OAuthProvider } from '@/lib/auth/providers';

/** One form per provider: a plain POST, so it works without JavaScript. */
export function OAuthButtons({
  providers,
  action,
  callbackUrl,
}: {
  providers: OAuthProvider[];
  action: (formData: FormData) => Promise<void>;
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <form key={provider.id} action={action}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" className="w-full">
            Continue with {provider.name}
          </Button>
        </form>
      ))}
      <p className="flex items-center gap-3 text-xs uppercase tracking-wide text-ink-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-line" /> or <span className="h-px flex-1 bg-line" />
      </p>
    </div>
  );
}
