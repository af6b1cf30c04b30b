-- Persistent identifiers from pluggable providers (org.samling.pid): which provider a collection
-- uses, which one minted each dataset's identifier, and the queue of registrations to send.

-- A collection's own choice of provider; null inherits the nearest ancestor's, and the root's
-- null means the installation's SAMLING_PID_PROVIDER.
alter table collection add column pid_provider varchar(32)
    check (pid_provider in ('local', 'permalink', 'datacite'));

-- The provider that minted the dataset's identifier; it keeps that provider when the
-- collection's choice changes later. Datasets made before providers existed were local.
alter table dataset add column pid_provider varchar(32) not null default 'local'
    check (pid_provider in ('local', 'permalink', 'datacite'));

-- What a provider is to be told about a dataset, written in the same transaction as the
-- creation, publication or deaccession it follows, so a registration is never lost. A worker
-- sends them in order per dataset after the commit, retrying with growing pauses.
create table pid_registration (
    id              bigserial primary key,
    dataset_id      bigint       not null references dataset (id) on delete cascade,
    provider        varchar(32)  not null,
    action          varchar(16)  not null check (action in ('reserve', 'publish', 'update', 'tombstone')),
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    claimed_at      timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    done_at         timestamptz
);
-- the worker's queue: registrations not yet done, oldest due first
create index pid_registration_due on pid_registration (next_attempt_at) where done_at is null;
-- what is still to be sent for one dataset, in order
create index pid_registration_dataset on pid_registration (dataset_id, id) where done_at is null;
