-- The date and name orders over every row, drafts too: a curator's browse asks for released rows
-- or drafts they may see, which a partial index over released rows cannot give in order, so each
-- of their pages sorted all of a kind's rows (a million files: past the statement timeout). A
-- reader's browse reads the same index and passes over the few drafts.
drop index search_doc_released_date;
create index search_doc_date on search_doc (kind, published_at desc nulls last, id desc);
drop index search_doc_released_name;
create index search_doc_name on search_doc (kind, sort_name, id);
