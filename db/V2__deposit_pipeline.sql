-- Deposit pipeline: extraction results, technical metadata, fixity, provenance of replaced
-- files, richer file metadata, and resumable upload sessions.

alter table datafile
    -- the file this one replaced, and the first of that chain (provenance of replacements)
    add column previous_datafile_id bigint references datafile on delete set null,
    add column root_datafile_id     bigint,
    add column extraction_status    varchar(16) not null default 'PENDING'
        check (extraction_status in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED')),
    add column extraction_message   text,
    add column extraction_claimed_at timestamptz,
    -- duration, codec, sample rate, page count, language ... as found by extraction
    add column technical_metadata   jsonb not null default '{}',
    add column fixity_checked_at    timestamptz,
    add column fixity_status        varchar(16) check (fixity_status in ('VALID', 'INVALID', 'MISSING'));
create index datafile_extraction_pending on datafile (created_at) where extraction_status in ('PENDING', 'RUNNING');
create index datafile_fixity on datafile (fixity_checked_at nulls first);

alter table file_metadata
    add column language      varchar(64),
    add column embargo_until date,
    -- a transcript's recording
    add column recording_id  bigint references datafile on delete set null;
create index file_metadata_version_category on file_metadata (dataset_version_id, category);
-- the file table's default order, walked in the index instead of sorting 10,000 rows
create index file_metadata_version_label on file_metadata (dataset_version_id, label, directory_label, datafile_id);
create index file_metadata_recording on file_metadata (recording_id) where recording_id is not null;

-- text extracted from a file, for search and preview; never shown to someone who may not open the file
create table file_text (
    datafile_id   bigint primary key references datafile on delete cascade,
    content       text        not null,
    language      varchar(16),
    truncated     boolean     not null default false,
    search_vector tsvector
);
create index file_text_search on file_text using gin (search_vector);

create function file_text_search_vector() returns trigger language plpgsql as $$
declare
    cfg regconfig := 'simple';
    name text := case new.language
        when 'sv' then 'swedish' when 'no' then 'norwegian' when 'nb' then 'norwegian'
        when 'nn' then 'norwegian' when 'en' then 'english' when 'da' then 'danish'
        when 'fi' then 'finnish' when 'de' then 'german' when 'fr' then 'french' else 'simple' end;
begin
    if exists (select 1 from pg_ts_config where cfgname = name) then
        cfg := name::regconfig;
    end if;
    new.search_vector := to_tsvector('simple', new.content) || to_tsvector(cfg, new.content);
    return new;
end $$;
create trigger file_text_search_vector before insert or update of content, language on file_text
    for each row execute function file_text_search_vector();

-- a browser upload in pieces: it can resume where it stopped
create table upload_session (
    id              uuid primary key,
    user_id         bigint        not null references app_user on delete cascade,
    dataset_id      bigint        not null references dataset on delete cascade,
    file_name       varchar(1024) not null,
    directory_label varchar(1024) not null default '',
    size_bytes      bigint        not null check (size_bytes >= 0),
    received_bytes  bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create index upload_session_updated on upload_session (updated_at);
