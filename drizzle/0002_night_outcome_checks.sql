PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_nights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`target` text DEFAULT 'UA' NOT NULL,
	`attack_start` text,
	`attack_end` text,
	`source_name` text,
	`source_url` text,
	`statement` text,
	`notes` text,
	`hits_missile` integer,
	`hits_drone` integer,
	`places_hit` integer,
	`places_debris` integer,
	`shaheds` integer,
	`hits_missile_qualifier` text,
	`hits_drone_qualifier` text,
	`places_hit_qualifier` text,
	`places_debris_qualifier` text,
	`shaheds_qualifier` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	CONSTRAINT "nights_target_check" CHECK("__new_nights"."target" in ('UA', 'RU')),
	CONSTRAINT "nights_date_check" CHECK("__new_nights"."date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "nights_hits_missile_check" CHECK("__new_nights"."hits_missile" is null or (typeof("__new_nights"."hits_missile") = 'integer' and "__new_nights"."hits_missile" >= 0)),
	CONSTRAINT "nights_hits_drone_check" CHECK("__new_nights"."hits_drone" is null or (typeof("__new_nights"."hits_drone") = 'integer' and "__new_nights"."hits_drone" >= 0)),
	CONSTRAINT "nights_places_hit_check" CHECK("__new_nights"."places_hit" is null or (typeof("__new_nights"."places_hit") = 'integer' and "__new_nights"."places_hit" >= 0)),
	CONSTRAINT "nights_places_debris_check" CHECK("__new_nights"."places_debris" is null or (typeof("__new_nights"."places_debris") = 'integer' and "__new_nights"."places_debris" >= 0)),
	CONSTRAINT "nights_shaheds_check" CHECK("__new_nights"."shaheds" is null or (typeof("__new_nights"."shaheds") = 'integer' and "__new_nights"."shaheds" >= 0)),
	CONSTRAINT "nights_hits_missile_qualifier_check" CHECK("__new_nights"."hits_missile_qualifier" is null or ("__new_nights"."hits_missile_qualifier" in ('about', 'more-than', 'less-than', 'at-least', 'at-most') and "__new_nights"."hits_missile" is not null)),
	CONSTRAINT "nights_hits_drone_qualifier_check" CHECK("__new_nights"."hits_drone_qualifier" is null or ("__new_nights"."hits_drone_qualifier" in ('about', 'more-than', 'less-than', 'at-least', 'at-most') and "__new_nights"."hits_drone" is not null)),
	CONSTRAINT "nights_places_hit_qualifier_check" CHECK("__new_nights"."places_hit_qualifier" is null or ("__new_nights"."places_hit_qualifier" in ('about', 'more-than', 'less-than', 'at-least', 'at-most') and "__new_nights"."places_hit" is not null)),
	CONSTRAINT "nights_places_debris_qualifier_check" CHECK("__new_nights"."places_debris_qualifier" is null or ("__new_nights"."places_debris_qualifier" in ('about', 'more-than', 'less-than', 'at-least', 'at-most') and "__new_nights"."places_debris" is not null)),
	CONSTRAINT "nights_shaheds_qualifier_check" CHECK("__new_nights"."shaheds_qualifier" is null or ("__new_nights"."shaheds_qualifier" in ('about', 'more-than', 'less-than', 'at-least', 'at-most') and "__new_nights"."shaheds" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_nights`("id", "date", "target", "attack_start", "attack_end", "source_name", "source_url", "statement", "notes", "hits_missile", "hits_drone", "places_hit", "places_debris", "shaheds", "hits_missile_qualifier", "hits_drone_qualifier", "places_hit_qualifier", "places_debris_qualifier", "shaheds_qualifier", "version", "created_at", "updated_at") SELECT "id", "date", "target", "attack_start", "attack_end", "source_name", "source_url", "statement", "notes", "hits_missile", "hits_drone", "places_hit", "places_debris", "shaheds", "hits_missile_qualifier", "hits_drone_qualifier", "places_hit_qualifier", "places_debris_qualifier", "shaheds_qualifier", "version", "created_at", "updated_at" FROM `nights`;--> statement-breakpoint
DROP TABLE `nights`;--> statement-breakpoint
ALTER TABLE `__new_nights` RENAME TO `nights`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `nights_target_date_unique` ON `nights` (`target`,`date`);