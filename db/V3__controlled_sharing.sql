-- Controlled sharing: groups, roles defined by collections, guests, terms of access, access
-- requests with expiring grants, private review links, notifications.

-- Groups a role can be given to: an explicit list of people, IP ranges, e-mail domains.
create table app_group (
    id            bigserial primary key,
    alias         varchar(64)  not null unique,
    name          varchar(255) not null,
    kind          varchar(16)  not null check (kind in ('EXPLICIT', 'IP_RANGE', 'EMAIL_DOMAIN')),
    -- the collection that defined the group; its curators manage it
    collection_id bigint       not null references collection on delete cascade,
    description   text,
    created_at    timestamptz  not null default now()
);
create table group_member (
    group_id bigint not null references app_group on delete cascade,
    user_id  bigint not null references app_user on delete cascade,
    primary key (group_id, user_id)
);
create index group_member_user on group_member (user_id);
create table group_ip_range (
    group_id bigint not null references app_group on delete cascade,
    ip_range cidr   not null,
    primary key (group_id, ip_range)
);
create index group_ip_range_lookup on group_ip_range using gist (ip_range inet_ops);
create table group_email_domain (
    group_id bigint       not null references app_group on delete cascade,
    domain   varchar(255) not null check (domain = lower(domain) and domain not like '@%'),
    primary key (group_id, domain)
);
create index group_email_domain_lookup on group_email_domain (domain);

-- Roles: the built-in ones (no collection) and those a collection defines for itself.
alter table role drop constraint role_alias_key;
alter table role add column collection_id bigint references collection on delete cascade;
create unique index role_alias_scope on role (alias, coalesce(collection_id, 0));

-- MANAGE_ACCESS: decide access requests, make review links, see who opened what.
update role set permissions = array_append(permissions, 'MANAGE_ACCESS') where alias in ('admin', 'curator');

-- Guests: people who asked for access with a confirmed e-mail address instead of an account.
alter table app_user add column kind varchar(16) not null default 'LOCAL' check (kind in ('LOCAL', 'GUEST'));
alter table app_user add column email_verified_at timestamptz;

-- One-time links sent by e-mail: confirming a guest's address, signing a guest in.
create table sign_in_link (
    id           bigserial primary key,
    user_id      bigint      not null references app_user on delete cascade,
    token_sha256 char(64)    not null unique,
    purpose      varchar(32) not null,
    request_id   bigint,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz
);

-- Terms of access and data use agreement, versioned with the dataset; a file may differ.
alter table dataset_version add column terms_of_access text;
alter table dataset_version add column data_use_agreement text;
alter table file_metadata add column terms_of_access text;
-- closed: nobody may ask for the file (only roles open it)
alter table file_metadata add column closed boolean not null default false;

-- What a collection grants by default.
alter table collection add column grant_days integer not null default 365 check (grant_days between 1 and 3650);

create table access_request (
    id                 bigserial primary key,
    dataset_id         bigint        not null references dataset on delete cascade,
    requester_id       bigint        not null references app_user on delete cascade,
    name               varchar(255)  not null,
    institution        varchar(255)  not null,
    email              varchar(320)  not null,
    purpose            text          not null,
    planned_use        text          not null,
    period_start       date,
    period_end         date,
    -- exactly which terms were accepted: the version they belong to and a digest of their text
    terms_version_id   bigint        references dataset_version on delete set null,
    terms_sha256       char(64)      not null,
    terms_text         text          not null,
    extends_request_id bigint        references access_request on delete set null,
    state              varchar(16)   not null
        check (state in ('UNCONFIRMED', 'PENDING', 'RETURNED', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    question           text,
    reason             text,
    decided_by         bigint        references app_user on delete set null,
    decided_at         timestamptz,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now()
);
create index access_request_dataset on access_request (dataset_id, state);
create index access_request_requester on access_request (requester_id);
create table access_request_file (
    request_id  bigint not null references access_request on delete cascade,
    datafile_id bigint not null references datafile on delete cascade,
    primary key (request_id, datafile_id)
);

create table access_grant (
    id                 bigserial primary key,
    request_id         bigint      references access_request on delete set null,
    user_id            bigint      not null references app_user on delete cascade,
    datafile_id        bigint      not null references datafile on delete cascade,
    dataset_id         bigint      not null references dataset on delete cascade,
    granted_by         bigint      references app_user on delete set null,
    granted_at         timestamptz not null default now(),
    expires_at         timestamptz not null,
    revoked_at         timestamptz,
    warned_at          timestamptz,
    expiry_noticed_at  timestamptz
);
create index access_grant_user_file on access_grant (user_id, datafile_id);
create index access_grant_dataset on access_grant (dataset_id);
create index access_grant_expiry on access_grant (expires_at) where revoked_at is null;

-- Links for peer reviewers to a draft, optionally hiding who the authors are.
create table review_link (
    id            bigserial primary key,
    dataset_id    bigint      not null references dataset on delete cascade,
    token_sha256  char(64)    not null unique,
    anonymised    boolean     not null default false,
    hidden_fields text[]      not null default '{}',
    all_files     boolean     not null default true,
    created_by    bigint      references app_user on delete set null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz
);
create index review_link_dataset on review_link (dataset_id);
create table review_link_file (
    link_id     bigint not null references review_link on delete cascade,
    datafile_id bigint not null references datafile on delete cascade,
    primary key (link_id, datafile_id)
);

create table notification (
    id         bigserial primary key,
    user_id    bigint       not null references app_user on delete cascade,
    kind       varchar(32)  not null,
    subject    text         not null,
    body       text         not null,
    link       text,
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notification_user on notification (user_id, created_at desc);

-- under which grant or review link a file was opened
alter table audit_event add column dataset_id bigint;
create index audit_event_dataset on audit_event (dataset_id, occurred_at);
