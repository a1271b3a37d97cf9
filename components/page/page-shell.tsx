import { cx } from '@/components/ui/cx';

/** The page's content column: one width and gutter for every route. */
export function PageShell({
  children,
  className,
  narrow = false,
}: {
  children: React.ReactNode;
  className?: string;
  narrow?: boolean;
}) {
  return (
    <div className={cx('mx-auto w-full px-4 py-8 sm:px-6 sm:py-10', narrow ? 'max-w-3xl' : 'max-w-6xl', className)}>
      {children}
    </div>
  );
}
