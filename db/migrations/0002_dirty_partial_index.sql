DROP INDEX "preference_stat_dirty_idx";--> statement-breakpoint
CREATE INDEX "preference_stat_dirty_idx" ON "preference_stat" USING btree ("user_id") WHERE dirty;