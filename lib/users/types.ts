/** How a member is shown beside their words. Never carries email or password data. */
export interface MemberSummary {
  handle: string;
  displayName: string;
  image: string | null;
  createdAt: Date;
}

export interface MemberProfile extends MemberSummary {
  bio: string;
  role: 'member' | 'moderator' | 'admin';
  reviewCount: number;
  upvotesReceived: number;
}
