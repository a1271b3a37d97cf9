import addressParser from 'nodemailer/lib/addressparser';
import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// URL' }),
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)').optional(),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    REDIS_URL: optional,
    /** Where outgoing mail goes; unset, every message is written as an .eml file (lib/mail/transport.ts). */
    SMTP_URL: optional.pipe(
      z
        .url({
          protocol: /^smtps?$/,
          error: 'SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@smtp.example.com:587',
        })
        .optional(),
    ),
    MAIL_FROM: optional.pipe(
      z.string().refine(isOneAddress, 'MAIL_FROM must be one address, such as "Verdict <verdict@example.com>"').optional(),
    ),
    /** Local state: the embedded database, the development secret and the mail outbox folder. */
    VERDICT_DATA_DIR: optional,
    // How many proxies in front of Verdict append to X-Forwarded-For; 0 believes no client-sent header.
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)' })
      .int('TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)')
      .min(0, 'TRUSTED_PROXY_HOPS cannot be negative')
      .max(10, 'TRUSTED_PROXY_HOPS above 10 is not a real deployment')
      .default(0),
    /** The largest picture file a member may upload, in bytes (lib/media/pipeline.ts). */
    MEDIA_MAX_UPLOAD_BYTES: z.coerce
      .number({ error: 'MEDIA_MAX_UPLOAD_BYTES must be a number of bytes' })
      .int('MEDIA_MAX_UPLOAD_BYTES must be a whole number of bytes')
      .min(100_000, 'MEDIA_MAX_UPLOAD_BYTES below 100000 refuses ordinary photos')
      .default(15_000_000),
    /** The most pixels (width × height) a picture may have before it is decoded at all. */
    MEDIA_MAX_PIXELS: z.coerce
      .number({ error: 'MEDIA_MAX_PIXELS must be a number of pixels' })
      .int('MEDIA_MAX_PIXELS must be a whole number of pixels')
      .min(1_000_000, 'MEDIA_MAX_PIXELS below 1000000 refuses ordinary photos')
      .default(50_000_000),
    // Only the two words: db/index.ts prepares statements unless it reads exactly "false",
    // so a typo such as "no" must stop the server rather than leave them prepared.
    DATABASE_PREPARE: z
      .enum(['true', 'false'], { error: 'DATABASE_PREPARE must be true or false (false behind PgBouncer in transaction mode)' })
      .optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      context.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'AUTH_SECRET is required in production' });
    }
    // A relay refuses or junks mail from an address it does not know, so a
    // real one needs the sender named; only the .eml outbox can do without.
    if (env.SMTP_URL && !env.MAIL_FROM) {
      context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'MAIL_FROM is required when SMTP_URL is set' });
    }
  });

function isOneAddress(value: string): boolean {
  const parsed = addressParser(value, { flatten: true });
  return parsed.length === 1 && /^[^\s@]+@[^\s@]+$/.test(parsed[0]?.address ?? '');
}

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

/**
 * The validated environment. Checked once when the server starts
 * (instrumentation.ts) so a misconfigured deploy fails loudly at boot
 * rather than on the first request that needs the missing value.
 */
export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** Validates a set of variables; the error names every bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Verdict's environment is invalid:\n${problems}`);
  }
  return result.data;
}

type OAuthVariables = Pick<Env, 'AUTH_GITHUB_ID' | 'AUTH_GITHUB_SECRET' | 'AUTH_GOOGLE_ID' | 'AUTH_GOOGLE_SECRET'>;

/** OAuth providers appear only when both their id and secret are configured. */
export function oauthProviders(variables: OAuthVariables = env()) {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = variables;
  return {
    github: Boolean(AUTH_GITHUB_ID && AUTH_GITHUB_SECRET),
    google: Boolean(AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET),
  };
}
