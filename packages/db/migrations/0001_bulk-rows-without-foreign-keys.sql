ALTER TABLE "credits" DROP CONSTRAINT "credits_item_id_items_id_fk";
--> statement-breakpoint
ALTER TABLE "credits" DROP CONSTRAINT "credits_identity_id_identities_id_fk";
--> statement-breakpoint
ALTER TABLE "change_files" DROP CONSTRAINT "change_files_item_id_items_id_fk";
--> statement-breakpoint
ALTER TABLE "item_modules" DROP CONSTRAINT "item_modules_item_id_items_id_fk";
--> statement-breakpoint
ALTER TABLE "item_modules" DROP CONSTRAINT "item_modules_module_id_modules_id_fk";
