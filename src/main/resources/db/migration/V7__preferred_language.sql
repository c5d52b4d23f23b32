-- The interface language a person chose (en, fr, zh); empty until they choose, then the browser's decides.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(8);
