import Link from 'next/link';
import type { MemberSummary } from '@/lib/members/types';
import { Avatar } from '@/components/ui/avatar';
import { cx } from '@/components/ui/cx';

export interface MemberBylineProps {
  member: Pick<MemberSummary, 'handle' | 'displayName' | 'image'>;
  size?: 'xs' | 'sm' | 'md';
  /** Hide "@handle" where space is short; it stays in the link's title. */
  showHandle?: boolean;
  className?: string;
}

/** Avatar, display name and @handle, all one link to the member's profile. Styled by `.byline*` in member-byline.css. */
export function MemberByline({ member, size = 'sm', showHandle = true, className }: MemberBylineProps) {
  return (
    <Link href={`/u/${member.handle}`} className={cx('byline', className)}>
      <Avatar handle={member.handle} displayName={member.displayName} image={member.image} size={size} />
      <span className="byline-names">
        <span className="byline-name">{member.displayName}</span>
        {showHandle ? <span className="byline-handle">@{member.handle}</span> : null}
      </span>
    </Link>
  );
}
