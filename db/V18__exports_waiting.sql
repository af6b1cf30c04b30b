-- The published versions whose exports are to be computed ahead: a version just released, or one
-- whose kept exports were dropped. The timer found them by comparing every dataset with its kept
-- exports, 0.2-0.3 s every ten seconds with 100,000 datasets and growing with the archive; now it
-- reads this list, kept by the same statements that make or drop the work. Rows of a dataset
-- since deleted or withdrawn are dropped by the timer (no foreign key, so no order of cascades
-- matters).
create table export_waiting (
    dataset_id bigint primary key,
    version_id bigint not null
);

insert into export_waiting (dataset_id, version_id)
select d.id, d.released_version_id from dataset d
 where d.released_version_id is not null
   and not exists (select 1 from version_export e where e.version_id = d.released_version_id);

create function exports_wait_for_released() returns trigger language plpgsql as $$
begin
    insert into export_waiting (dataset_id, version_id)
    select n.id, n.released_version_id from new_rows n left join old_rows o on o.id = n.id
     where n.released_version_id is not null and n.released_version_id is distinct from o.released_version_id
    on conflict (dataset_id) do update set version_id = excluded.version_id;
    return null;
end $$;
create trigger exports_dataset_released after update on dataset referencing old table as old_rows new table as new_rows
    for each statement execute function exports_wait_for_released();

create function exports_wait_for_inserted() returns trigger language plpgsql as $$
begin
    insert into export_waiting (dataset_id, version_id)
    select n.id, n.released_version_id from new_rows n where n.released_version_id is not null
    on conflict (dataset_id) do update set version_id = excluded.version_id;
    return null;
end $$;
create trigger exports_dataset_inserted after insert on dataset referencing new table as new_rows
    for each statement execute function exports_wait_for_inserted();

create function exports_wait_for_dropped() returns trigger language plpgsql as $$
begin
    insert into export_waiting (dataset_id, version_id)
    select d.id, d.released_version_id from dataset d where d.released_version_id in (select g.version_id from gone g)
    on conflict (dataset_id) do update set version_id = excluded.version_id;
    return null;
end $$;
create trigger exports_dropped after delete on version_export referencing old table as gone
    for each statement execute function exports_wait_for_dropped();
