CREATE TABLE "drift_mark" (
	"user_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drift_mark_user_id_dimension_pk" PRIMARY KEY("user_id","dimension")
);
--> statement-breakpoint
DROP INDEX "preference_stat_dirty_idx";--> statement-breakpoint
ALTER TABLE "drift_mark" ADD CONSTRAINT "drift_mark_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Pending marks move to the new table before their column goes: a drift the sweep has not taken yet stays pending.
INSERT INTO "drift_mark" ("user_id", "dimension", "fired_at") SELECT "user_id", "dimension", "drift_detected_at" FROM "preference_stat" WHERE "drift_detected_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "preference_stat" DROP COLUMN "drift_detected_at";--> statement-breakpoint
ALTER TABLE "preference_stat" DROP COLUMN "dirty";