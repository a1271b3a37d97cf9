import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

export interface ReviewBodyProps {
  /** Already-rendered, sanitised Markdown (from lib/markdown). */
  children: ReactNode;
  className?: string;
}

/** Typographic frame for a review's body; the styles live in `.prose-review` in app/globals.css. */
export function ReviewBody({ children, className }: ReviewBodyProps) {
  return <div className={cx('prose-review', className)}>{children}</div>;
}
