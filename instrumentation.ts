export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    env();
    // `next build` loads this file too, with no database to deliver from.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startMailWorker } = await import('./lib/mail/worker');
      startMailWorker();
      const { startNoticeMailer } = await import('./lib/notification-mail/immediate');
      startNoticeMailer();
      const { startJobRunner } = await import('./lib/jobs/runner');
      startJobRunner();
    }
  }
}
