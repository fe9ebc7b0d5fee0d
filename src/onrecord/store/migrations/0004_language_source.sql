-- Whether an article's language was declared by the page or detected from its text.
ALTER TABLE articles ADD COLUMN language_source TEXT;
