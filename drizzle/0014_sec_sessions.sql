-- Intent: sessions keep the idle limit they were opened with, so pages and sockets on every process end them at the same moment.
ALTER TABLE "sessions" ADD COLUMN "idle_timeout_ms" integer DEFAULT 600000 NOT NULL;
