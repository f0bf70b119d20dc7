-- The data stamp (db/queries/data-stamp.ts): one row whose token every write to a table that readers
-- see replaces, in the writing transaction, so the response cache and HTTP validators know at once when
-- an answer may have changed, whichever process or tool wrote. Not in db/schema.ts: the app never
-- writes it, and drizzle-kit must not try to manage it. Every table except editors' accounts and sessions
-- has the three triggers (rollups included: a rebuild of them changes what readers see too); a migration
-- that recreates a table must recreate its triggers (db/queries/data-stamp.test.ts checks them all).
CREATE TABLE `data_stamp` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`token` text NOT NULL,
	`changes` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `data_stamp` (`id`, `token`, `changes`) VALUES (1, lower(hex(randomblob(12))), 0);
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_weapons` AFTER INSERT ON `weapons`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_weapons` AFTER UPDATE ON `weapons`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_weapons` AFTER DELETE ON `weapons`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_nights` AFTER INSERT ON `nights`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_nights` AFTER UPDATE ON `nights`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_nights` AFTER DELETE ON `nights`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_figures` AFTER INSERT ON `figures`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_figures` AFTER UPDATE ON `figures`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_figures` AFTER DELETE ON `figures`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_revisions` AFTER INSERT ON `revisions`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_revisions` AFTER UPDATE ON `revisions`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_revisions` AFTER DELETE ON `revisions`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_night_totals` AFTER INSERT ON `night_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_night_totals` AFTER UPDATE ON `night_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_night_totals` AFTER DELETE ON `night_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_insert_weapon_year_totals` AFTER INSERT ON `weapon_year_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_update_weapon_year_totals` AFTER UPDATE ON `weapon_year_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `data_stamp_after_delete_weapon_year_totals` AFTER DELETE ON `weapon_year_totals`
BEGIN
	UPDATE `data_stamp` SET `token` = lower(hex(randomblob(12))), `changes` = `changes` + 1;
END;
