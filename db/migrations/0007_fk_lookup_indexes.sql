CREATE INDEX "ai_response_conversation_idx" ON "ai_response" USING btree ("conversation_id") WHERE conversation_id is not null;--> statement-breakpoint
CREATE INDEX "message_response_idx" ON "message" USING btree ("response_id") WHERE response_id is not null;--> statement-breakpoint
CREATE INDEX "refinement_check_amendment_idx" ON "refinement_check" USING btree ("amendment_id") WHERE amendment_id is not null;--> statement-breakpoint
CREATE INDEX "signal_response_idx" ON "signal" USING btree ("response_id") WHERE response_id is not null;