-- The rows a sync writes by the hundred thousand (an item's files, its module links, its credits)
-- have no foreign keys: PostgreSQL checks those row by row, which cost more than writing the rows
-- (docs/adr/0008-bulk-rows-without-foreign-keys.md). What the keys' ON DELETE CASCADE did is done
-- here, once per statement, for the rows that statement deleted.
CREATE FUNCTION delete_rows_of_deleted_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM change_files WHERE item_id IN (SELECT id FROM deleted);
  DELETE FROM item_modules WHERE item_id IN (SELECT id FROM deleted);
  DELETE FROM credits WHERE item_id IN (SELECT id FROM deleted);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER items_delete_rows AFTER DELETE ON items
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT
  EXECUTE FUNCTION delete_rows_of_deleted_items();
--> statement-breakpoint
CREATE FUNCTION delete_links_of_deleted_modules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM item_modules WHERE module_id IN (SELECT id FROM deleted);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER modules_delete_links AFTER DELETE ON modules
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT
  EXECUTE FUNCTION delete_links_of_deleted_modules();
--> statement-breakpoint
CREATE FUNCTION delete_credits_of_deleted_identities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM credits WHERE identity_id IN (SELECT id FROM deleted);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER identities_delete_credits AFTER DELETE ON identities
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT
  EXECUTE FUNCTION delete_credits_of_deleted_identities();
