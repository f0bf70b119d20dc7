CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`night_id` integer NOT NULL,
	`weapon_id` integer NOT NULL,
	`launched` integer,
	`shot_down` integer,
	`lost` integer,
	FOREIGN KEY (`night_id`) REFERENCES `nights`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`weapon_id`) REFERENCES `weapons`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "figures_launched_check" CHECK("figures"."launched" is null or (typeof("figures"."launched") = 'integer' and "figures"."launched" >= 0)),
	CONSTRAINT "figures_shot_down_check" CHECK("figures"."shot_down" is null or (typeof("figures"."shot_down") = 'integer' and "figures"."shot_down" >= 0)),
	CONSTRAINT "figures_lost_check" CHECK("figures"."lost" is null or (typeof("figures"."lost") = 'integer' and "figures"."lost" >= 0)),
	CONSTRAINT "figures_accounting_check" CHECK("figures"."launched" is null or (coalesce("figures"."shot_down", 0) + coalesce("figures"."lost", 0) <= "figures"."launched"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figures_night_weapon_unique` ON `figures` (`night_id`,`weapon_id`);--> statement-breakpoint
CREATE INDEX `figures_weapon_idx` ON `figures` (`weapon_id`);--> statement-breakpoint
CREATE TABLE `nights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`target` text DEFAULT 'UA' NOT NULL,
	`attack_start` text,
	`attack_end` text,
	`source_name` text,
	`source_url` text,
	`statement` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	CONSTRAINT "nights_target_check" CHECK("nights"."target" in ('UA', 'RU')),
	CONSTRAINT "nights_date_check" CHECK("nights"."date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nights_target_date_unique` ON `nights` (`target`,`date`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`night_date` text NOT NULL,
	`night_target` text NOT NULL,
	`action` text NOT NULL,
	`user_id` text,
	`actor` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `revisions_night_idx` ON `revisions` (`night_target`,`night_date`,`created_at`);--> statement-breakpoint
CREATE TABLE `weapons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`class` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`common` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	CONSTRAINT "weapons_category_check" CHECK("weapons"."category" in ('missile', 'drone')),
	CONSTRAINT "weapons_class_check" CHECK("weapons"."class" in ('ballistic', 'aeroballistic', 'cruise', 'anti-ship', 'guided-air-defence', 'guided-bomb', 'attack', 'decoy', 'reconnaissance', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `weapons_slug_unique` ON `weapons` (`slug`);--> statement-breakpoint
CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_userId_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_userId_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);