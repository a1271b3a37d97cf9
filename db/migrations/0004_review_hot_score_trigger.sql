-- Custom migration: keeps reviews.hot_score equal to the "Hot" formula of
-- lib/reviews/ranking.ts (HOT_EPOCH_SECONDS, HOT_SECONDS_PER_DECADE_OF_UPVOTES):
--   log10(max(upvote_count, 1)) + (epoch(created_at) - 1704067200) / 45000
-- A BEFORE trigger runs inside the statement that inserts a review or moves
-- its upvote counter, so the score changes in the same statement as the vote
-- and every writer (votes, seeds, imports) gets it right without knowing it.
CREATE FUNCTION reviews_hot_score() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.hot_score := log(greatest(NEW.upvote_count, 1)::float8)
    + (extract(epoch from NEW.created_at)::float8 - 1704067200) / 45000;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reviews_hot_score
  BEFORE INSERT OR UPDATE OF upvote_count, created_at ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_hot_score();
--> statement-breakpoint
UPDATE reviews SET hot_score = log(greatest(upvote_count, 1)::float8)
  + (extract(epoch from created_at)::float8 - 1704067200) / 45000;
