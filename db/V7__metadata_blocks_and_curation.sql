-- Metadata blocks as data: each block file under src/main/resources/metadatablocks is loaded at
-- start; a changed file updates its rows in place (fields it no longer has are kept, retired, since
-- stored versions may still hold them).
create table metadata_block (
    name            varchar(64)  primary key,
    display_name    text         not null,
    namespace_uri   text,
    display_order   integer      not null,
    file_sha256     char(64)     not null,
    loaded_at       timestamptz  not null default now()
);
create table dataset_field_type (
    name                varchar(128) primary key,
    block_name          varchar(64)  not null references metadata_block on delete cascade,
    parent_name         varchar(128),
    field_type          varchar(16)  not null,
    display_order       integer      not null,
    controlled_vocabulary boolean    not null,
    multiple            boolean      not null,
    facetable           boolean      not null,
    required            boolean      not null,
    internal_by_default boolean      not null,
    retired             boolean      not null default false
);
create index dataset_field_type_block on dataset_field_type (block_name);

-- Which blocks a collection's datasets use: a collection with rows here defines its own set;
-- one without takes its parent's (the root's, at the top).
create table collection_metadata_block (
    collection_id bigint      not null references collection on delete cascade,
    block_name    varchar(64) not null references metadata_block,
    primary key (collection_id, block_name)
);
-- A collection may mark any field internal (curators only) or public, for itself and below.
create table collection_field_setting (
    collection_id bigint       not null references collection on delete cascade,
    field_name    varchar(128) not null,
    internal      boolean      not null,
    primary key (collection_id, field_name)
);

-- Review before publication: depositors submit, curators publish or return.
alter table collection add column require_review boolean not null default false;
create table dataset_lock (
    id         bigserial    primary key,
    dataset_id bigint       not null references dataset on delete cascade,
    lock_type  varchar(32)  not null check (lock_type in ('InReview', 'EditInProgress')),
    user_id    bigint       references app_user on delete set null,
    created_at timestamptz  not null default now(),
    message    text,
    unique (dataset_id, lock_type)
);
create table review_message (
    id         bigserial    primary key,
    dataset_id bigint       not null references dataset on delete cascade,
    author_id  bigint       references app_user on delete set null,
    kind       varchar(16)  not null check (kind in ('SUBMITTED', 'RETURNED', 'ANSWERED', 'PUBLISHED')),
    text       text,
    created_at timestamptz  not null default now()
);
create index review_message_dataset on review_message (dataset_id, created_at);

-- Withdrawn versions keep a public tombstone: the reason and where the data went.
alter table dataset_version
    add column deaccession_reason      text,
    add column deaccession_forward_url text,
    add column deaccessioned_at        timestamptz,
    -- custom terms instead of a license from the list
    add column terms_of_use            text,
    add constraint dataset_version_deaccession check ((state = 'DEACCESSIONED') = (deaccession_reason is not null));

-- Licenses the administrator manages; versions name theirs (or carry custom terms of use).
create table license (
    id                 bigserial    primary key,
    name               varchar(255) not null unique,
    uri                text         not null,
    short_description  text,
    icon_url           text,
    rights_identifier  varchar(64),
    active             boolean      not null default true,
    is_default         boolean      not null default false,
    sort_order         integer      not null
);
create unique index license_one_default on license (is_default) where is_default;
insert into license (name, uri, short_description, icon_url, rights_identifier, is_default, sort_order) values
    ('CC0 1.0', 'http://creativecommons.org/publicdomain/zero/1.0', 'Creative Commons CC0 1.0 Universal Public Domain Dedication.',
     'https://licensebuttons.net/p/zero/1.0/88x31.png', 'CC0-1.0', true, 0),
    ('CC BY 4.0', 'http://creativecommons.org/licenses/by/4.0', 'Creative Commons Attribution 4.0 International License.',
     'https://licensebuttons.net/l/by/4.0/88x31.png', 'CC-BY-4.0', false, 1),
    ('CC BY-SA 4.0', 'http://creativecommons.org/licenses/by-sa/4.0', 'Creative Commons Attribution-ShareAlike 4.0 International License.',
     'https://licensebuttons.net/l/by-sa/4.0/88x31.png', 'CC-BY-SA-4.0', false, 2),
    ('CC BY-NC 4.0', 'http://creativecommons.org/licenses/by-nc/4.0', 'Creative Commons Attribution-NonCommercial 4.0 International License.',
     'https://licensebuttons.net/l/by-nc/4.0/88x31.png', 'CC-BY-NC-4.0', false, 3);

-- A version keeps the license it was published under, name and deed, even if the list changes
-- later; no license means custom terms of use.
alter table dataset_version add column license_uri text;
update dataset_version v set license = 'CC0 1.0' where license is null;
update dataset_version v set license_uri = l.uri from license l where l.name = v.license;

-- Dataset templates: what a collection prefills on the create form.
create table dataset_template (
    id               bigserial    primary key,
    collection_id    bigint       not null references collection on delete cascade,
    name             varchar(255) not null,
    metadata         jsonb        not null,
    license          varchar(255),
    terms_of_access  text,
    terms_of_use     text,
    instructions     jsonb        not null default '{}',
    is_default       boolean      not null default false,
    usage_count      integer      not null default 0,
    created_at       timestamptz  not null default now(),
    unique (collection_id, name)
);

-- Retention: a curator may extend the date a version's sensitive block gives (with a reason), is
-- reminded before it, and may destroy the files; the rows, the citation and the audit remain.
create table retention_extension (
    id          bigserial   primary key,
    dataset_id  bigint      not null references dataset on delete cascade,
    until       date        not null,
    reason      text        not null,
    extended_by bigint      references app_user on delete set null,
    extended_at timestamptz not null default now()
);
create index retention_extension_dataset on retention_extension (dataset_id, extended_at desc);
alter table dataset
    add column retention_reminded_for date,
    add column files_destroyed_at     timestamptz,
    add column destruction_reason     text;
alter table datafile add column destroyed_at timestamptz;
-- copied from each version's sensitive block, for the retention page and the reminders
alter table dataset_version
    add column retention_until  date,
    add column retention_action varchar(16);
create index dataset_version_retention on dataset_version (retention_until) where retention_until is not null;

-- what a depositor is on their own dataset where datasets are reviewed: edits and submits, never publishes
insert into role (alias, name, description, permissions) values
    ('contributor', 'Contributor', 'Edits a dataset and submits it for review; curators publish it',
     array['VIEW_UNPUBLISHED', 'EDIT_DATASET', 'DOWNLOAD_RESTRICTED']);
