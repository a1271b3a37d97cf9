import { Chip } from '@/components/ui/chip';

/** A member is "new here" for their first week, so readers can give a first review a kind welcome. */
const NEW_MEMBER_MS = 7 * 24 * 60 * 60 * 1000;

export function isNewHere(memberSince: Date, now: Date = new Date()): boolean {
  return now.getTime() - memberSince.getTime() < NEW_MEMBER_MS;
}

export interface NewHereProps {
  memberSince: Date;
  /** The moment to measure from; pass it in tests or to keep a page consistent. */
  now?: Date;
  className?: string;
}

/** A small "New here" label for a member's first seven days; nothing after that. */
export function NewHere({ memberSince, now, className }: NewHereProps) {
  return isNewHere(memberSince, now) ? (
    <Chip tone="accent" className={className}>
      New here
    </Chip>
  ) : null;
}
