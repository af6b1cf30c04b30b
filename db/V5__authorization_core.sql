-- One column says who may open a file of a version, instead of three flags that agreed only by
-- convention (closed and embargoed files had to be flagged restricted too, or search would
-- have shown their text as public). The authorization core's rule (authz.FileAccess) reads it.
alter table file_metadata add column access varchar(16);
update file_metadata set access = case
    when closed then 'CLOSED'
    when embargo_until is not null then 'EMBARGOED'
    when restricted then 'RESTRICTED'
    else 'PUBLIC' end;
update file_metadata set embargo_until = null where access <> 'EMBARGOED';
alter table file_metadata
    alter column access set not null,
    alter column access set default 'PUBLIC',
    add constraint file_metadata_access_level check (access in ('PUBLIC', 'RESTRICTED', 'EMBARGOED', 'CLOSED')),
    -- an embargo has its end date, and only an embargo has one
    add constraint file_metadata_embargo_date check ((access = 'EMBARGOED') = (embargo_until is not null)),
    drop column restricted,
    drop column closed;

-- a grant opens a file only to its holder, and only while it runs
alter table access_grant add constraint access_grant_period check (expires_at > granted_at);

-- IP ranges are read by PostgreSQL, which also matches them: '192.0.2.7/24' becomes
-- '192.0.2.0/24', one address a /32 or /128; anything else (a host name, 300.1.1.1) is null.
create function ip_range_or_null(given text) returns cidr language plpgsql immutable as $$
begin
    return network(trim(given)::inet);
exception when others then
    return null;
end $$;

-- a grant names its file's own dataset (the file rule looks grants up by dataset)
alter table datafile add constraint datafile_id_dataset unique (id, dataset_id);
alter table access_grant add constraint access_grant_file_of_dataset
    foreign key (datafile_id, dataset_id) references datafile (id, dataset_id) on delete cascade;
