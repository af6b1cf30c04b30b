-- Foundation: accounts, collections, datasets with versions, files, roles, audit.
-- This file and its successors are the only source of the schema; JPA never creates tables.

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    first_name    varchar(255) not null,
    last_name     varchar(255) not null,
    email         varchar(320) not null,
    affiliation   varchar(255),
    password_hash varchar(512),
    superuser     boolean      not null default false,
    created_at    timestamptz  not null default now()
);
create unique index app_user_email_key on app_user (lower(email));

-- API tokens are kept only as their SHA-256, so a copy of the database holds no usable token.
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user on delete cascade,
    token_sha256 char(64)    not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    disabled     boolean     not null default false
);
create index api_token_user on api_token (user_id);

create table collection (
    id          bigserial primary key,
    alias       varchar(64)  not null unique,
    name        varchar(255) not null,
    description text,
    affiliation varchar(255),
    parent_id   bigint references collection,
    -- ids of the collection and every ancestor, '/1/5/9/': role inheritance without recursion
    path        varchar(2048) not null,
    -- the role a depositor receives on the dataset they create here
    creator_role varchar(32) not null default 'curator',
    creator_id  bigint references app_user,
    created_at  timestamptz  not null default now()
);
create index collection_parent on collection (parent_id);

create table dataset (
    id               bigserial primary key,
    collection_id    bigint       not null references collection,
    protocol         varchar(16)  not null,
    authority        varchar(64)  not null,
    identifier       varchar(128) not null,
    creator_id       bigint references app_user,
    created_at       timestamptz  not null default now(),
    modified_at      timestamptz  not null default now(),
    publication_date timestamptz,
    -- the newest RELEASED version: what everyone without special permission sees
    released_version_id bigint,
    unique (protocol, authority, identifier)
);
create index dataset_collection on dataset (collection_id);
create index dataset_published on dataset (publication_date desc) where publication_date is not null;

create table dataset_version (
    id                   bigserial primary key,
    dataset_id           bigint      not null references dataset on delete cascade,
    version_number       integer,
    minor_version_number integer,
    state                varchar(16) not null check (state in ('DRAFT', 'RELEASED', 'DEACCESSIONED')),
    title                text        not null,
    description          text,
    license              varchar(64),
    -- metadata blocks in the Dataverse field shape: {"citation": {"fields": [...]}, ...}
    metadata             jsonb       not null,
    -- authors, keywords and other words the search should find beside title and description
    search_text          text,
    search_language      varchar(16) not null default 'simple',
    search_vector        tsvector,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    release_time         timestamptz,
    unique (dataset_id, version_number, minor_version_number),
    check ((state = 'DRAFT') = (version_number is null))
);
create unique index dataset_version_one_draft on dataset_version (dataset_id) where state = 'DRAFT';
create index dataset_version_dataset on dataset_version (dataset_id);
alter table dataset add foreign key (released_version_id) references dataset_version deferrable initially deferred;
create index dataset_version_search on dataset_version using gin (search_vector);

-- Words are indexed twice: as written ('simple', exact matches in any language) and stemmed
-- in the version's own language, so 'resiliens' and 'selvhjelpsgrupper' both find their study.
create function dataset_version_search_vector() returns trigger language plpgsql as $$
declare
    cfg regconfig := 'simple';
begin
    if exists (select 1 from pg_ts_config where cfgname = new.search_language) then
        cfg := new.search_language::regconfig;
    end if;
    new.search_vector :=
        setweight(to_tsvector('simple', coalesce(new.title, '')), 'A') ||
        setweight(to_tsvector(cfg, coalesce(new.title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(new.search_text, '')), 'B') ||
        setweight(to_tsvector(cfg, coalesce(new.search_text, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(new.description, '')), 'C') ||
        setweight(to_tsvector(cfg, coalesce(new.description, '')), 'C');
    return new;
end $$;
create trigger dataset_version_search_vector
    before insert or update of title, description, search_text, search_language on dataset_version
    for each row execute function dataset_version_search_vector();

create table datafile (
    id           bigserial primary key,
    dataset_id   bigint       not null references dataset on delete cascade,
    storage_key  varchar(128) not null unique,
    content_type varchar(255) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    md5          char(32)     not null,
    creator_id   bigint references app_user,
    created_at   timestamptz  not null default now()
);
create index datafile_dataset on datafile (dataset_id);

create table file_metadata (
    id                 bigserial primary key,
    datafile_id        bigint        not null references datafile on delete cascade,
    dataset_version_id bigint        not null references dataset_version on delete cascade,
    label              varchar(255)  not null,
    directory_label    varchar(1024) not null default '',
    description        text,
    category           varchar(64),
    restricted         boolean       not null default false,
    unique (dataset_version_id, directory_label, label),
    unique (dataset_version_id, datafile_id)
);
create index file_metadata_datafile on file_metadata (datafile_id);

create table role (
    id          bigserial primary key,
    alias       varchar(32)  not null unique,
    name        varchar(255) not null,
    description text,
    permissions text[]       not null
);

-- assignee: '@username' for a user, ':authenticated-users' for everyone signed in
create table role_assignment (
    id            bigserial primary key,
    assignee      varchar(255) not null,
    role_id       bigint       not null references role,
    collection_id bigint references collection on delete cascade,
    dataset_id    bigint references dataset on delete cascade,
    created_at    timestamptz  not null default now(),
    check ((collection_id is null) <> (dataset_id is null))
);
create unique index role_assignment_unique on role_assignment
    (assignee, role_id, coalesce(collection_id, 0), coalesce(dataset_id, 0));
create index role_assignment_assignee on role_assignment (assignee);
create index role_assignment_dataset on role_assignment (dataset_id) where dataset_id is not null;

-- append-only: the application role may insert and read, never update or delete
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(255) not null,
    ip_address  varchar(64),
    action      varchar(64)  not null,
    target_type varchar(32),
    target_id   bigint,
    details     text
);
create index audit_event_target on audit_event (target_type, target_id);
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

create table setting (
    name  varchar(128) primary key,
    value text not null
);

insert into role (alias, name, description, permissions) values
    ('admin', 'Admin', 'Everything on the collection or dataset and all below it',
     array['ADD_COLLECTION', 'ADD_DATASET', 'VIEW_UNPUBLISHED', 'EDIT_DATASET', 'PUBLISH_DATASET',
           'DOWNLOAD_RESTRICTED', 'MANAGE_PERMISSIONS', 'EDIT_COLLECTION']),
    ('curator', 'Curator', 'Edits, publishes and manages access to datasets',
     array['ADD_COLLECTION', 'ADD_DATASET', 'VIEW_UNPUBLISHED', 'EDIT_DATASET', 'PUBLISH_DATASET',
           'DOWNLOAD_RESTRICTED', 'MANAGE_PERMISSIONS']),
    ('depositor', 'Depositor', 'Creates datasets in a collection',
     array['ADD_DATASET']),
    ('member', 'Member', 'Sees unpublished datasets and opens restricted files',
     array['VIEW_UNPUBLISHED', 'DOWNLOAD_RESTRICTED']),
    ('reader', 'Reader', 'Sees unpublished datasets',
     array['VIEW_UNPUBLISHED']);

insert into collection (alias, name, description, path, creator_role)
values ('root', 'Samling', 'The root collection of this repository.', '/', 'curator');
update collection set path = '/' || id || '/' where alias = 'root';

insert into role_assignment (assignee, role_id, collection_id)
select ':authenticated-users', r.id, c.id from role r, collection c
where r.alias = 'depositor' and c.alias = 'root';
