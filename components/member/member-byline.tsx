import Link from 'next/link';
import type { MemberSummary } from '@/lib/users/types';
import { Avatar } from '@/components/ui/avatar';
import { cx } from '@/components/ui/cx';

export interface MemberBylineProps {
  member: Pick<MemberSummary, 'handle' | 'displayName' | 'image'>;
  size?: 'xs' | 'sm' | 'md';
  /** Hide "@handle" where space is short; it stays in the link's title. */
  showHandle?: boolean;
  className?: string;
}

/** Avatar, display name and @handle, all one link to the member's profile. */
export function MemberByline({ member, size = 'sm', showHandle = true, className }: MemberBylineProps) {
  return (
    <Link
      href={`/u/${member.handle}`}
      className={cx('group/byline inline-flex min-w-0 items-center gap-2 rounded-full', className)}
    >
      <Avatar handle={member.handle} displayName={member.displayName} image={member.image} size={size} />
      <span className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
        <span className="truncate font-semibold text-ink group-hover/byline:underline group-hover/byline:underline-offset-4">
          {member.displayName}
        </span>
        {showHandle ? <span className="truncate text-ink-muted">@{member.handle}</span> : null}
      </span>
    </Link>
  );
}
