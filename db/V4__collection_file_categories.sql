-- Categories a collection adds to the standard ones for its files (and those of collections below it),
-- one name per line.
alter table collection add column file_categories text not null default '';
