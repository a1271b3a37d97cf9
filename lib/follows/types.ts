export type FollowCounts = {
  followers: number;
  following: number;
};
