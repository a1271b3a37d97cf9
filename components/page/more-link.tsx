import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';

/** "Load more" as a plain link to the next keyset page, so it works without JavaScript. */
export function MoreLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <div className="mt-8 flex justify-center">
      <Link href={href} className={buttonClasses('secondary')} rel="next" scroll={false}>
        {children}
      </Link>
    </div>
  );
}
