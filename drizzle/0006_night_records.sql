ALTER TABLE `night_totals` ADD `attack_gap` integer;--> statement-breakpoint
ALTER TABLE `night_totals` ADD `missile_gap` integer;--> statement-breakpoint
CREATE INDEX `night_totals_drone_launched_idx` ON `night_totals` (`target`,`drone_launched`,`date`) WHERE "drone_launched" is not null;--> statement-breakpoint
CREATE INDEX `night_totals_missile_launched_idx` ON `night_totals` (`target`,`missile_launched`,`date`) WHERE "missile_launched" is not null;--> statement-breakpoint
CREATE INDEX `night_totals_attacking_idx` ON `night_totals` (`target`,`attacking`,`date`);--> statement-breakpoint
CREATE INDEX `night_totals_best_defence_idx` ON `night_totals` (`target`,1.0 * (neutralisation_launched - not_stopped) / neutralisation_launched,`neutralisation_launched`,`date`) WHERE neutralisation_launched >= 50 and not_stopped is not null;--> statement-breakpoint
CREATE INDEX `night_totals_attack_gap_idx` ON `night_totals` (`target`,`attack_gap`,`date`) WHERE "attack_gap" is not null;--> statement-breakpoint
CREATE INDEX `night_totals_missile_gap_idx` ON `night_totals` (`target`,`missile_gap`,`date`) WHERE "missile_gap" is not null;--> statement-breakpoint
CREATE INDEX `night_totals_attack_idx` ON `night_totals` (`target`,`date`) WHERE (attacking > 0);--> statement-breakpoint
CREATE INDEX `night_totals_missile_attack_idx` ON `night_totals` (`target`,`date`) WHERE (missile_launched_sum > 0 or missile_launched_known < missile_figures);