CREATE TABLE "quota_counter" (
	"scope" text NOT NULL,
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "quota_counter_scope_subject_pk" PRIMARY KEY("scope","subject")
);
