/** The centred card that sign-in and sign-up pages share. */
export function AuthCard({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">
      <div className="rounded-card border border-line bg-surface p-6 shadow-card sm:p-8">
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        <p className="mt-2 text-ink-muted">{intro}</p>
        <div className="mt-8 space-y-6">{children}</div>
      </div>
    </div>
  );
}
