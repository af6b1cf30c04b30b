-- Exports of published versions, computed once and kept: a harvester reading 100,000 records
-- reads one row each. A row is current while its version's updated_at is the one it was made
-- from and, when an embargo in the version ends, until that day (the export then says more).
create table version_export (
    version_id         bigint      not null references dataset_version on delete cascade,
    exporter           varchar(32) not null,
    body               text        not null,
    version_updated_at timestamptz not null,
    valid_until        date,
    created_at         timestamptz not null default now(),
    primary key (version_id, exporter)
);

-- What OAI-PMH lists: every dataset that was ever published, with the time it last changed
-- for harvesters and whether it is gone (no version published any more). A row is never
-- deleted, so a withdrawn record stays reported as deleted.
create table oai_record (
    dataset_id    bigint       primary key,
    collection_id bigint       not null,
    identifier    varchar(256) not null unique,
    modified_at   timestamptz  not null,
    deleted       boolean      not null
);
create index oai_record_modified on oai_record (modified_at, dataset_id);

create function oai_record_refresh(changed bigint) returns void language sql as $$
    insert into oai_record (dataset_id, collection_id, identifier, modified_at, deleted)
    select d.id, d.collection_id, d.protocol || ':' || d.authority || '/' || d.identifier, clock_timestamp(),
           d.released_version_id is null
    from dataset d
    where d.id = changed
      and (d.released_version_id is not null
           or exists (select 1 from dataset_version v where v.dataset_id = d.id and v.state = 'DEACCESSIONED'))
    on conflict (dataset_id) do update
        set collection_id = excluded.collection_id, modified_at = excluded.modified_at, deleted = excluded.deleted
$$;

-- At commit, after every change of the transaction: a publication, a deaccession, a move, or
-- an edit in place of a published version's metadata.
create function oai_record_on_dataset() returns trigger language plpgsql as $$
begin
    perform oai_record_refresh(new.id);
    return null;
end $$;

create function oai_record_on_version() returns trigger language plpgsql as $$
begin
    perform oai_record_refresh(new.dataset_id);
    return null;
end $$;

create constraint trigger oai_record_dataset after update of released_version_id, collection_id on dataset
    deferrable initially deferred for each row
    when (old.released_version_id is distinct from new.released_version_id
          or old.collection_id is distinct from new.collection_id)
    execute function oai_record_on_dataset();

create constraint trigger oai_record_version after update of state, metadata on dataset_version
    deferrable initially deferred for each row
    when (new.state <> 'DRAFT')
    execute function oai_record_on_version();

insert into oai_record (dataset_id, collection_id, identifier, modified_at, deleted)
select d.id, d.collection_id, d.protocol || ':' || d.authority || '/' || d.identifier,
       coalesce((select max(greatest(v.release_time, v.deaccessioned_at)) from dataset_version v
                 where v.dataset_id = d.id and v.state <> 'DRAFT'), d.modified_at),
       d.released_version_id is null
from dataset d
where d.released_version_id is not null
   or exists (select 1 from dataset_version v where v.dataset_id = d.id and v.state = 'DEACCESSIONED');

-- Usage, counted as COUNTER asks: per version, bots left out, a repeat within 30 seconds
-- counted once. Rows are added in batches off the request thread.
create table usage_count (
    version_id  bigint      not null references dataset_version on delete cascade,
    datafile_id bigint      not null default 0,
    kind        varchar(16) not null check (kind in ('view', 'download')),
    day         date        not null,
    count       bigint      not null,
    primary key (version_id, datafile_id, kind, day)
);
create index usage_count_file on usage_count (datafile_id) where datafile_id <> 0;
