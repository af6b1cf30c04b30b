-- Mail is never lost: each message is written to the outbox in the same transaction as what it
-- tells of, and a worker sends it, retrying with growing pauses until the SMTP server takes it.
create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(320) not null,
    subject         text         not null,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    claimed_at      timestamptz,
    last_error      text,
    sent_at         timestamptz
);
-- the worker's queue: messages not yet sent, oldest due first
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create index mail_outbox_sent on mail_outbox (sent_at) where sent_at is not null;

-- the language a person reads the site, mail and notifications in (en, sv, nb)
alter table app_user add column language varchar(8) check (language in ('en', 'sv', 'nb'));
