-- Intent: number every change a chat room's readers must hear of (delivered, hidden, restored) per room, without gaps, so reconnecting clients catch up from a cursor and see messages hidden while they were away.
ALTER TABLE "chat_messages" ADD COLUMN "change_seq" bigint;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "last_change" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_room_change" ON "chat_messages" USING btree ("room_id","change_seq");--> statement-breakpoint
-- Hand-written: the room counter, taken under the room row's lock (held until commit, so
-- change numbers commit in order and a rolled-back change leaves no gap), and a backfill
-- numbering messages already delivered in their delivery order.
CREATE OR REPLACE FUNCTION next_room_change(room uuid) RETURNS bigint
	LANGUAGE sql VOLATILE
	AS $$ UPDATE rooms SET last_change = last_change + 1 WHERE id = room RETURNING last_change $$;--> statement-breakpoint
UPDATE chat_messages m SET change_seq = n.rn FROM (
	SELECT id, row_number() OVER (PARTITION BY room_id ORDER BY delivered_seq) AS rn FROM chat_messages WHERE delivered_seq IS NOT NULL
) n WHERE m.id = n.id;--> statement-breakpoint
UPDATE rooms r SET last_change = c.last FROM (SELECT room_id, max(change_seq) AS last FROM chat_messages GROUP BY room_id) c WHERE r.id = c.room_id AND c.last IS NOT NULL;
