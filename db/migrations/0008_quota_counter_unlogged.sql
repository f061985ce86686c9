-- Quota counters are written on every AI turn and auth attempt; unlogged, a count skips the WAL and its flush
-- (PostgreSQL: ~0.1-0.2 ms instead of 0.5-7 ms on this machine). After a crash the table is empty, so every
-- window starts afresh: the lenient direction (docs/design.md, "Limits").
ALTER TABLE "quota_counter" SET UNLOGGED;
