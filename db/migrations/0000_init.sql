CREATE TYPE "public"."amendment_source" AS ENUM('nudge', 'drift', 'refinement');--> statement-breakpoint
CREATE TYPE "public"."amendment_status" AS ENUM('proposed', 'accepted', 'dismissed', 'folded');--> statement-breakpoint
CREATE TYPE "public"."provenance" AS ENUM('empty', 'onboarding', 'evolved', 'user');--> statement-breakpoint
CREATE TYPE "public"."signal_source" AS ENUM('nudge', 'thumb', 'preview_thumb', 'about_me', 'skip');--> statement-breakpoint
CREATE TYPE "public"."surface" AS ENUM('chat', 'explain', 'summarize', 'preview');--> statement-breakpoint
CREATE TABLE "ai_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"surface" "surface" NOT NULL,
	"conversation_id" uuid,
	"prompt" text NOT NULL,
	"text" text NOT NULL,
	"summary_version" integer NOT NULL,
	"thumb" smallint,
	"status" text DEFAULT 'complete' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "amendment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" "amendment_status" DEFAULT 'proposed' NOT NULL,
	"source" "amendment_source" NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conversation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text DEFAULT 'New chat' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"response_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personality_summary" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"provenance" "provenance" DEFAULT 'empty' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"atoms_version" integer,
	"reason" text DEFAULT '' NOT NULL,
	"stale" boolean DEFAULT false NOT NULL,
	"stale_dims" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personality_summary_version" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"provenance" "provenance" NOT NULL,
	"reason" text NOT NULL,
	"atoms" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preference_stat" (
	"user_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"state" jsonb NOT NULL,
	"estimate" real,
	"confidence" real,
	"n" integer DEFAULT 0 NOT NULL,
	"drift_detected_at" timestamp with time zone,
	"dirty" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preference_stat_user_id_dimension_pk" PRIMARY KEY("user_id","dimension")
);
--> statement-breakpoint
CREATE TABLE "profile_atoms" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tone" smallint NOT NULL,
	"length" smallint NOT NULL,
	"density" smallint NOT NULL,
	"math_comfort" smallint NOT NULL,
	"level" smallint NOT NULL,
	"domain" text NOT NULL,
	"language" text NOT NULL,
	"about_me" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refinement_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"seed" integer NOT NULL,
	"summary_version" integer NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"wrong" integer DEFAULT 0 NOT NULL,
	"sampled" integer DEFAULT 0 NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"amendment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"dimension" text,
	"value" real,
	"category" smallint,
	"source" "signal_source" NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"response_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_response" ADD CONSTRAINT "ai_response_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_response" ADD CONSTRAINT "ai_response_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendment" ADD CONSTRAINT "amendment_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message" ADD CONSTRAINT "message_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message" ADD CONSTRAINT "message_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message" ADD CONSTRAINT "message_response_id_ai_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."ai_response"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_summary" ADD CONSTRAINT "personality_summary_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_summary_version" ADD CONSTRAINT "personality_summary_version_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preference_stat" ADD CONSTRAINT "preference_stat_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_atoms" ADD CONSTRAINT "profile_atoms_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refinement_check" ADD CONSTRAINT "refinement_check_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refinement_check" ADD CONSTRAINT "refinement_check_amendment_id_amendment_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."amendment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_response_id_ai_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."ai_response"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_response_user_idx" ON "ai_response" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "amendment_user_status_idx" ON "amendment" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "conversation_user_idx" ON "conversation" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE INDEX "message_conversation_idx" ON "message" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "summary_version_user_idx" ON "personality_summary_version" USING btree ("user_id","version");--> statement-breakpoint
CREATE INDEX "preference_stat_dirty_idx" ON "preference_stat" USING btree ("dirty");--> statement-breakpoint
CREATE INDEX "refinement_check_user_idx" ON "refinement_check" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "signal_user_idx" ON "signal" USING btree ("user_id","created_at");