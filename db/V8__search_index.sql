-- Search index: one row per searchable thing (a collection, a dataset version, a file of a
-- version), with its words per language, its facet values and what the permission filter needs.
-- Rows are rewritten at commit by the transaction that changed what they show (triggers mark
-- the dataset, a deferred trigger rebuilds its rows once), so search is exact the moment a
-- change commits. Permissions themselves (roles, grants, review links, embargo dates) are
-- not copied here: the query applies the authorization core's conditions to these columns.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Words are folded (case, diacritics: 'ömsesidig' and 'omsesidig' meet) and stemmed per language.
create text search configuration samling_simple (copy = simple);
alter text search configuration samling_simple alter mapping for hword, hword_part, word with unaccent, simple;
create text search configuration samling_swedish (copy = swedish);
alter text search configuration samling_swedish alter mapping for hword, hword_part, word with unaccent, swedish_stem;
create text search configuration samling_norwegian (copy = norwegian);
alter text search configuration samling_norwegian alter mapping for hword, hword_part, word with unaccent, norwegian_stem;
create text search configuration samling_english (copy = english);
alter text search configuration samling_english alter mapping for hword, hword_part, word with unaccent, english_stem;

create function search_config(language text) returns regconfig language sql immutable as $$
    select case
        when lower(language) in ('sv', 'swe', 'swedish', 'svenska') then 'samling_swedish'::regconfig
        when lower(language) in ('no', 'nb', 'nn', 'nor', 'nob', 'nno', 'norwegian', 'norwegian bokmål',
                                 'norwegian nynorsk', 'norsk', 'bokmål', 'nynorsk') then 'samling_norwegian'::regconfig
        when lower(language) in ('en', 'eng', 'english') then 'samling_english'::regconfig
        else 'samling_simple'::regconfig end
$$;

-- the words of a text, folded as written and stemmed in its language, with a weight
-- (A title or name, B authors, C keywords and subjects, D everything else)
create function search_words(content text, config regconfig, weight "char") returns tsvector language sql immutable as $$
    select setweight(to_tsvector('samling_simple', coalesce(content, '')) || to_tsvector(config, coalesce(content, '')), weight)
$$;

-- the fields internal (curators only) in a collection: by its nearest setting, else the field's
-- default; a compound's parts go with it. The index never holds their values.
create function search_internal_fields(collection_path text) returns text[] language sql stable as $$
    with own as (
        select f.name, f.parent_name,
               coalesce((select s.internal from collection_field_setting s join collection c on c.id = s.collection_id
                          where s.field_name = f.name and starts_with(collection_path, c.path)
                          order by length(c.path) desc limit 1), f.internal_by_default) as internal
          from dataset_field_type f)
    select coalesce(array_agg(o.name), '{}') from own o
     where o.internal or exists (select 1 from own p where p.name = o.parent_name and p.internal)
$$;

-- every field's values in one pass over the metadata, as {"field": ["value", ...]} in the order
-- they are given, leaving out the internal fields
create function search_metadata_values(metadata jsonb, internal text[]) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(field, vals), '{}')
      from (select field, jsonb_agg(value order by first) vals
              from (select leaves.leaf ->> 'typeName' as field, trim(c.x #>> '{}') as value, min(leaves.n * 1000 + c.k) as first
                      from (select a.leaf, a.n from jsonb_path_query(metadata,
                                   'lax $.*.fields[*] ? (@.typeClass != "compound")') with ordinality a(leaf, n)
                            union all
                            select b.leaf, 500000 + b.n from jsonb_path_query(metadata,
                                   'lax $.*.fields[*] ? (@.typeClass == "compound").value[*].*') with ordinality b(leaf, n)) leaves,
                           jsonb_path_query(leaves.leaf, 'lax $.value[*]') with ordinality c(x, k)
                     where jsonb_typeof(c.x) = 'string' and trim(c.x #>> '{}') <> ''
                       and not (leaves.leaf ->> 'typeName' = any(internal))
                     group by 1, 2) distinct_values
             group by field) fields
$$;

-- one field's values from that map
create function search_field(vals jsonb, field text) returns text[] language sql immutable as $$
    select coalesce(array(select jsonb_array_elements_text(vals -> field)), '{}')
$$;

-- a file's name as words: 'interview-g11-transcript.vtt' is found by 'transcript'
create function search_name_words(name text) returns text language sql immutable as $$
    select regexp_replace(coalesce(name, ''), '[._/\-]+', ' ', 'g')
$$;

-- a file's type as a person names it
create function search_file_type(content_type text) returns text language sql immutable as $$
    select case
        when content_type like 'audio/%' then 'Audio'
        when content_type like 'video/%' then 'Video'
        when content_type like 'image/%' then 'Image'
        when content_type = 'application/pdf' then 'PDF'
        when content_type in ('application/msword', 'application/rtf', 'application/vnd.oasis.opendocument.text')
          or content_type like 'application/vnd.openxmlformats-officedocument.wordprocessingml%' then 'Word document'
        when content_type in ('text/csv', 'text/tab-separated-values', 'application/vnd.ms-excel',
                              'application/vnd.oasis.opendocument.spreadsheet')
          or content_type like 'application/vnd.openxmlformats-officedocument.spreadsheetml%' then 'Spreadsheet'
        when content_type in ('text/vtt', 'application/x-subrip') then 'Timed transcript'
        when content_type like 'text/plain%' or content_type like 'text/markdown%' then 'Plain text'
        when content_type in ('application/zip', 'application/x-tar', 'application/gzip') then 'Archive'
        when content_type like 'application/json%' or content_type like 'application/xml%' or content_type like 'text/xml%' then 'Structured data'
        else 'Other' end
$$;

create table search_doc (
    id                bigserial primary key,
    kind              varchar(10) not null check (kind in ('collection', 'dataset', 'file')),
    collection_id     bigint      not null,
    collection_path   text        not null,
    dataset_id        bigint,
    version_id        bigint,
    datafile_id       bigint,
    -- DRAFT or RELEASED; released: the version everyone sees; has_draft: its dataset also has a draft
    state             varchar(16),
    released          boolean     not null default false,
    dataset_has_draft boolean     not null default false,
    -- a file's access level and embargo end, read by the file rule as from file_metadata
    access            varchar(16),
    embargo_until     date,
    recording_id      bigint,
    name              text        not null,
    sort_name         text        not null,
    description       text,
    published_at      timestamptz,
    size_bytes        bigint,
    content_type      text,
    language          regconfig   not null default 'samling_simple',
    -- 'field=value': the facets everyone who sees the row may count, and those an embargo hides
    facets            text[]      not null default '{}',
    file_facets       text[]      not null default '{}',
    meta_vector       tsvector    not null,
    -- a file's extracted text: matches only for those who may open the file
    text_vector       tsvector
);
create unique index search_doc_version_file on search_doc (version_id, coalesce(datafile_id, 0)) where kind <> 'collection';
create unique index search_doc_collection on search_doc (collection_id) where kind = 'collection';
create index search_doc_dataset on search_doc (dataset_id);
create index search_doc_meta on search_doc using gin (meta_vector);
create index search_doc_text on search_doc using gin (text_vector) where text_vector is not null;
create index search_doc_facets on search_doc using gin (facets);
create index search_doc_released_date on search_doc (kind, published_at desc, id desc) where released;
create index search_doc_released_name on search_doc (kind, sort_name, id) where released;
create index search_doc_path on search_doc (collection_path text_pattern_ops);
create index search_doc_version_dataset on search_doc (version_id) where kind = 'dataset';

-- the index's vocabulary of public words (metadata of published versions, text of public files):
-- compound parts are found by looking inside these words, and suggestions come from them
create table search_word (
    word text primary key
);
create index search_word_trigram on search_word using gin (word gin_trgm_ops);
-- words found by reindexing, merged into search_word by one job at a time (search_merge_words),
-- so two transactions indexing the same new word never wait on each other
create table search_word_pending (
    word text not null
);
create function search_merge_words() returns bigint language sql as $$
    with moved as (delete from search_word_pending returning word),
         added as (insert into search_word (word) select distinct word from moved order by word
                   on conflict do nothing returning 1)
    select count(*) from added
$$;

create table search_index_state (
    id            integer primary key check (id = 1),
    version       integer     not null,
    rebuilding    boolean     not null default false,
    done          bigint      not null default 0,
    total         bigint      not null default 0,
    started_at    timestamptz,
    finished_at   timestamptz
);
insert into search_index_state (id, version) values (1, 0);

create function search_reindex_collection(cid bigint) returns void language plpgsql as $$
begin
    delete from search_doc where kind = 'collection' and collection_id = cid;
    insert into search_doc (kind, collection_id, collection_path, name, sort_name, description, released, published_at,
                            meta_vector, facets)
    select 'collection', c.id, c.path, c.name, lower(unaccent(c.name)), c.description, true, c.created_at,
           search_words(c.name, 'samling_simple', 'A') || search_words(c.alias, 'samling_simple', 'A')
             || search_words(c.description, 'samling_english', 'D') || search_words(c.affiliation, 'samling_simple', 'D'),
           coalesce((select array['collection=' || p.name] from collection p where p.id = c.parent_id), '{}')
      from collection c where c.id = cid;
end $$;

create function search_reindex_dataset(ds bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7242, ds::integer);
    delete from search_doc where dataset_id = ds;
    insert into search_doc (kind, collection_id, collection_path, dataset_id, version_id, state, released,
                            dataset_has_draft, name, sort_name, description, published_at, language, facets, meta_vector)
    select 'dataset', c.id, c.path, d.id, v.id, v.state, coalesce(v.id = d.released_version_id, false),
           exists (select 1 from dataset_version o where o.dataset_id = d.id and o.state = 'DRAFT'),
           v.title, lower(unaccent(v.title)), case when 'dsDescriptionValue' = any(m.internal) then null else v.description end,
           d.publication_date, m.config,
           array['collection=' || c.name]
             || array(select 'subject_ss=' || x from unnest(search_field(m.vals, 'subject')) x)
             || array(select 'keywordValue_ss=' || x from unnest(search_field(m.vals, 'keywordValue')) x)
             || array(select 'authorName_ss=' || x from unnest(search_field(m.vals, 'authorName')) x)
             || array(select 'language_ss=' || x from unnest(search_field(m.vals, 'language')) x)
             || array(select 'kindOfData_ss=' || x from unnest(search_field(m.vals, 'kindOfData')) x)
             || array(select distinct 'dateOfCollection=' || left(x, 4) from unnest(search_field(m.vals, 'dateOfCollectionStart')) x where x ~ '^\d{4}')
             || array(select 'geographicCoverage_ss=' || x from unnest(search_field(m.vals, 'country')
                        || search_field(m.vals, 'state') || search_field(m.vals, 'city')
                        || search_field(m.vals, 'otherGeographicCoverage')) x)
             || case when d.publication_date is not null and v.state = 'RELEASED'
                     then array['publicationDate=' || extract(year from d.publication_date)::int] else '{}' end
             || array['license=' || coalesce(nullif(v.license, ''), 'Custom terms')]
             || array['publicationStatus=' || case v.state when 'DRAFT' then 'Draft' else 'Published' end],
           search_words(v.title, m.config, 'A')
             || search_words(array_to_string(search_field(m.vals, 'alternativeTitle'), ' '), m.config, 'A')
             || search_words(array_to_string(search_field(m.vals, 'authorName'), ' '), 'samling_simple', 'B')
             || search_words(array_to_string(search_field(m.vals, 'keywordValue')
                                             || search_field(m.vals, 'subject'), ' '), m.config, 'C')
             || case when 'dsDescriptionValue' = any(m.internal) then ''::tsvector else search_words(v.description, m.config, 'D') end
             || search_words(v.search_text, m.config, 'D')
      from dataset d
      join collection c on c.id = d.collection_id
      join dataset_version v on v.dataset_id = d.id
      cross join lateral (select search_internal_fields(c.path) as internal offset 0) i
      cross join lateral (select i.internal, search_metadata_values(v.metadata, i.internal) as vals offset 0) mv
      cross join lateral (select mv.internal, mv.vals, coalesce((select search_config(l) from jsonb_array_elements_text(mv.vals -> 'language') l
                                            where search_config(l) <> 'samling_simple'::regconfig limit 1),
                                          search_config(v.search_language)) as config offset 0) m
     where d.id = ds and ((v.state = 'RELEASED' and v.id = d.released_version_id) or v.state = 'DRAFT');

    insert into search_doc (kind, collection_id, collection_path, dataset_id, version_id, datafile_id, state, released,
                            dataset_has_draft, access, embargo_until, recording_id, name, sort_name, description,
                            published_at, size_bytes, content_type, language, facets, file_facets, meta_vector, text_vector)
    select 'file', s.collection_id, s.collection_path, ds, s.version_id, f.id, s.state, s.released, s.dataset_has_draft,
           fm.access, fm.embargo_until, fm.recording_id, fm.label, lower(unaccent(fm.label)), fm.description,
           s.published_at, f.size_bytes, f.content_type, t.config,
           s.facets,
           array['fileTypeGroupFacet=' || search_file_type(f.content_type)]
             || case when fm.category is not null then array['fileTag=' || fm.category] else '{}' end,
           search_words(fm.label, 'samling_simple', 'A') || search_words(search_name_words(fm.label), 'samling_simple', 'A')
             || search_words(search_name_words(fm.directory_label), 'samling_simple', 'D')
             || search_words(fm.description, s.language, 'D'),
           case when ft.content is not null then search_words(ft.content, t.config, 'D') end
      from search_doc s
      join file_metadata fm on fm.dataset_version_id = s.version_id
      join datafile f on f.id = fm.datafile_id
      left join file_text ft on ft.datafile_id = f.id
      cross join lateral (select case when ft.language is null then s.language
                                      else search_config(ft.language) end) t(config)
     where s.dataset_id = ds and s.kind = 'dataset' and f.destroyed_at is null;

    insert into search_word_pending (word)
    select distinct w.lexeme
      from search_doc s, unnest(to_tsvector('samling_simple', concat_ws(' ', s.name, s.description,
               case when s.kind = 'file' and s.access = 'PUBLIC' then (select ft.content from file_text ft where ft.datafile_id = s.datafile_id) end))) w
     where s.dataset_id = ds and s.released and length(w.lexeme) between 3 and 40 and w.lexeme !~ '^\d+$'
;
end $$;

-- Which datasets a transaction changed: marked by statement triggers, rebuilt once each at commit.
create table search_dirty (
    dataset_id bigint primary key
);

create function search_reindex_dirty() returns trigger language plpgsql as $$
begin
    if exists (select 1 from search_dirty where dataset_id = new.dataset_id) then
        perform search_reindex_dataset(new.dataset_id);
        delete from search_dirty where dataset_id = new.dataset_id;
    end if;
    return null;
end $$;
create constraint trigger search_reindex_at_commit after insert on search_dirty
    deferrable initially deferred for each row execute function search_reindex_dirty();

create function search_mark_versions() returns trigger language plpgsql as $$
begin
    insert into search_dirty (dataset_id) select distinct dataset_id from changed_rows on conflict do nothing;
    return null;
end $$;
create function search_mark_file_metadata() returns trigger language plpgsql as $$
begin
    insert into search_dirty (dataset_id)
    select distinct v.dataset_id from (select distinct dataset_version_id from changed_rows) r
      join dataset_version v on v.id = r.dataset_version_id
    on conflict do nothing;
    return null;
end $$;
create function search_mark_datafiles() returns trigger language plpgsql as $$
begin
    insert into search_dirty (dataset_id)
    select distinct f.dataset_id from (select distinct datafile_id from changed_rows) r join datafile f on f.id = r.datafile_id
    on conflict do nothing;
    return null;
end $$;
create function search_mark_datasets() returns trigger language plpgsql as $$
begin
    insert into search_dirty (dataset_id) select distinct id from changed_rows on conflict do nothing;
    return null;
end $$;

create trigger search_versions_inserted after insert on dataset_version referencing new table as changed_rows
    for each statement execute function search_mark_versions();
create trigger search_versions_updated after update on dataset_version referencing new table as changed_rows
    for each statement execute function search_mark_versions();
create trigger search_versions_deleted after delete on dataset_version referencing old table as changed_rows
    for each statement execute function search_mark_versions();
create trigger search_file_metadata_inserted after insert on file_metadata referencing new table as changed_rows
    for each statement execute function search_mark_file_metadata();
create trigger search_file_metadata_updated after update on file_metadata referencing new table as changed_rows
    for each statement execute function search_mark_file_metadata();
create trigger search_file_metadata_deleted after delete on file_metadata referencing old table as changed_rows
    for each statement execute function search_mark_file_metadata();
create trigger search_file_text_inserted after insert on file_text referencing new table as changed_rows
    for each statement execute function search_mark_datafiles();
create trigger search_file_text_updated after update on file_text referencing new table as changed_rows
    for each statement execute function search_mark_datafiles();
create trigger search_datafiles_updated after update on datafile referencing new table as changed_rows
    for each statement execute function search_mark_versions();
create trigger search_datasets_updated after update on dataset referencing new table as changed_rows
    for each statement execute function search_mark_datasets();

-- A collection's row is rebuilt at commit too: a trigger that took a sequence value while the
-- insert runs would change what lastval() tells the application about the new collection's id.
create table search_dirty_collection (
    collection_id bigint primary key
);
create function search_reindex_dirty_collection() returns trigger language plpgsql as $$
begin
    if exists (select 1 from search_dirty_collection where collection_id = new.collection_id) then
        perform search_reindex_collection(new.collection_id);
        delete from search_dirty_collection where collection_id = new.collection_id;
    end if;
    return null;
end $$;
create constraint trigger search_reindex_collection_at_commit after insert on search_dirty_collection
    deferrable initially deferred for each row execute function search_reindex_dirty_collection();

create function search_collection_changed() returns trigger language plpgsql as $$
begin
    insert into search_dirty_collection (collection_id) values (new.id) on conflict do nothing;
    if tg_op = 'UPDATE' and (old.name is distinct from new.name or old.path is distinct from new.path) then
        insert into search_dirty (dataset_id) select d.id from dataset d join collection c on c.id = d.collection_id
         where starts_with(c.path, new.path) on conflict do nothing;
        insert into search_dirty_collection (collection_id) select c.id from collection c where c.parent_id = new.id
        on conflict do nothing;
    end if;
    return null;
end $$;
create trigger search_collection_changed after insert or update on collection
    for each row execute function search_collection_changed();
create function search_collection_deleted() returns trigger language plpgsql as $$
begin
    delete from search_doc where kind = 'collection' and collection_id = old.id;
    return null;
end $$;
create trigger search_collection_deleted after delete on collection
    for each row execute function search_collection_deleted();

-- the search now reads the index alone: the per-version and per-file vectors it used are gone
drop trigger if exists dataset_version_search_vector on dataset_version;
drop function dataset_version_search_vector();
drop index dataset_version_search;
alter table dataset_version drop column search_vector;
drop trigger file_text_search_vector on file_text;
drop function file_text_search_vector();
drop index file_text_search;
alter table file_text drop column search_vector;
