-- Every change to the search index is announced when its transaction commits (a notice is
-- delivered at commit, never for a rollback), so a server that keeps search results it has
-- computed drops them the moment the index they came from has changed (IndexChanges).
create function search_doc_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('samling_search_changed', '');
    return null;
end $$;
create trigger search_doc_changed after insert or update or delete or truncate on search_doc
    for each statement execute function search_doc_changed();
