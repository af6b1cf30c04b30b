-- A datafile's row changes for reasons search never shows: a fixity check's date and outcome, an
-- extraction claimed or its technical metadata (its text arrives through file_text). Each of
-- those rewrote the whole dataset's index rows (100,000 of them for the largest dataset) and
-- dropped every server's kept search answers; now only a change to what the index holds does.
create function search_mark_changed_datafiles() returns trigger language plpgsql as $$
begin
    insert into search_dirty (dataset_id)
    select distinct n.dataset_id from new_rows n join old_rows o on o.id = n.id
     where (n.dataset_id, n.content_type, n.size_bytes, n.destroyed_at)
           is distinct from (o.dataset_id, o.content_type, o.size_bytes, o.destroyed_at)
    on conflict do nothing;
    return null;
end $$;
drop trigger search_datafiles_updated on datafile;
create trigger search_datafiles_updated after update on datafile referencing old table as old_rows new table as new_rows
    for each statement execute function search_mark_changed_datafiles();
