import Link from 'next/link';

/**
 * A Reply, Edit or Delete that opens its form on the comment's permalink
 * (`?reply=1#reply`…): what these are without JavaScript, and what Reply is
 * for a reader who is not signed in, who is offered to sign in there. No
 * hooks, so a thread read by someone signed out renders it on the server
 * rather than hydrating a control per comment.
 */
export function PanelLink({
  permalink,
  panel,
  children,
}: {
  permalink: string;
  panel: 'reply' | 'edit' | 'delete';
  children: React.ReactNode;
}) {
  return (
    // One of these under every comment: prefetching each would render every permalink of the page.
    <Link href={`${permalink}?${panel}=1#${panel}`} prefetch={false} className="comment-action">
      {children}
    </Link>
  );
}
