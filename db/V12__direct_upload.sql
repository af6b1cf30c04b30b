-- Dataverse's direct upload: an upload session can also be written through a capability URL
-- (what a Dataverse client takes for a presigned S3 address). Only the key's hash is kept.
alter table upload_session add column direct_key_sha256 bytea;
