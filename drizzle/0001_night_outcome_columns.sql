ALTER TABLE `nights` ADD `hits_missile` integer;--> statement-breakpoint
ALTER TABLE `nights` ADD `hits_drone` integer;--> statement-breakpoint
ALTER TABLE `nights` ADD `places_hit` integer;--> statement-breakpoint
ALTER TABLE `nights` ADD `places_debris` integer;--> statement-breakpoint
ALTER TABLE `nights` ADD `shaheds` integer;--> statement-breakpoint
ALTER TABLE `nights` ADD `hits_missile_qualifier` text;--> statement-breakpoint
ALTER TABLE `nights` ADD `hits_drone_qualifier` text;--> statement-breakpoint
ALTER TABLE `nights` ADD `places_hit_qualifier` text;--> statement-breakpoint
ALTER TABLE `nights` ADD `places_debris_qualifier` text;--> statement-breakpoint
ALTER TABLE `nights` ADD `shaheds_qualifier` text;