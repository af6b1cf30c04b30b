-- Counting everything a reader may see (a browse) from a narrow index, not the wide rows.
create index search_doc_released_kind on search_doc (kind) where released;
