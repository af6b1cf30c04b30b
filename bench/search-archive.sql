-- Fills a Samling database with an archive-sized body of published material, set-based:
-- :datasets published datasets in a few hundred nested collections, about ten files each on
-- average (one dataset with :big files, fifty with 2,000), extracted text for :texts files
-- in Swedish, Norwegian and English with Zipf-like word frequencies, 30 % restricted files,
-- some embargoed. Triggers are off while it runs (the index is rebuilt afterwards, timed).
-- psql -v datasets=100000 -v big=100000 -v texts=200000 -v words=300 -f bench/search-archive.sql
\set ON_ERROR_STOP on
set session_replication_role = replica;
set synchronous_commit = off;

-- the vocabulary: common words of the three languages, then their two-part compounds
create temporary table seed (w text, lang text);
insert into seed select unnest(string_to_array(
  'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad få två vill ha många hur mer går sverige kronor detta nya procent skall hon hans ingen dem ju samma vilket tid fick dag stora kommun arbete hjälp själv grupp organisation förening samhälle stöd frivillig ideell kris pandemi intervju familj barn skola vård omsorg boende arbetsliv ekonomi trygghet kontakt nätverk mötesplats gemenskap ensamhet hälsa äldre unga kvinnor män stad landsbygd', ' ')), 'sv';
insert into seed select unnest(string_to_array(
  'og i det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan man når år sier under også etter eller nå sin der ved mot skal skulle kommer ut får finnes være hadde alle andre mye enn her da siden over bare inn blir opp selv hva få to vil ha mange hvordan mer går norge kroner dette nye prosent hun hans ingen dem jo samme hvilket tid fikk dag store kommune arbeid hjelp mestring senter tilbud frivillighet lag fellesskap tjeneste bolig helse eldre unge kvinner menn by bygd familie barn skole omsorg nettverk møteplass ensomhet trygghet økonomi', ' ')), 'nb';
insert into seed select unnest(string_to_array(
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no will more can who what said about out up them some could into only time than other then its also two over new after first people years like our well way because any these work through back much where how even most state year may should very those many must before world after help support community care health policy social public local service family children school housing welfare research interview group network resilience', ' ')), 'en';

create temporary table vocab (i serial primary key, w text, lang text);
insert into vocab (w, lang) select w, lang from (select distinct on (w) w, lang from seed order by w, random()) s order by random();
insert into vocab (w, lang)
select a.w || b.w, a.lang from seed a join seed b on a.lang = b.lang and a.w <> b.w
 where length(a.w) >= 4 and length(b.w) >= 4 order by random() limit 30000;
analyze vocab;
select count(*) as vocabulary from vocab \gset
-- the i-th word of a Zipf-like draw: word k comes with probability about 1/k
create temporary table draws as select g, greatest(1, floor(exp(random() * ln(:vocabulary)))::int) as i from generate_series(1, 2000000) g;
create index on draws (g);

-- collections: twelve areas of eighteen each, and one large area (about 17 % of the datasets)
select id as root_id, path as root_path from collection where parent_id is null \gset
insert into collection (alias, name, description, parent_id, path, affiliation)
select 'area' || g, 'Area ' || g || ' ' || (select w from vocab where i = g * 7), 'Research area ' || g, :root_id, '', 'Bench'
  from generate_series(1, 12) g;
update collection set path = :'root_path' || id || '/' where alias like 'area%' and path = '';
insert into collection (alias, name, description, parent_id, path, affiliation)
select p.alias || '-' || g, 'Programme ' || g || ' of ' || p.name, 'A programme', p.id, '', 'Bench'
  from collection p, generate_series(1, 18) g where p.alias like 'area%' and p.parent_id = :root_id;
update collection c set path = p.path || c.id || '/' from collection p where c.parent_id = p.id and c.path = '';
create temporary table leaf as select row_number() over (order by id) - 1 as n, id from collection where alias ~ '^area\d+-\d+$';
select count(*) as leaves from leaf \gset

-- datasets and their published versions
create temporary table ds as
select g, (case when g % 6 = 0 then (g / 6) % 18 else g % :leaves end) as leaf_n,
       (array['sv', 'nb', 'en'])[1 + g % 3] as lang,
       timestamptz '2010-01-01' + (random() * 16 * 365) * interval '1 day' as published
  from generate_series(1, :datasets) g;
insert into dataset (collection_id, protocol, authority, identifier, created_at, modified_at, publication_date)
select l.id, 'doi', '10.5072', 'BENCH/' || ds.g, ds.published, ds.published, ds.published from ds join leaf l on l.n = ds.leaf_n;
create temporary table dsmap as
select d.id as dataset_id, ds.g, ds.lang, ds.published from dataset d join ds on d.identifier = 'BENCH/' || ds.g;
create index on dsmap (g);

insert into dataset_version (dataset_id, version_number, minor_version_number, state, title, description, license, metadata,
                             search_language, created_at, updated_at, release_time)
select m.dataset_id, 1, 0, 'RELEASED', t.title, t.description,
       (array['CC0 1.0', 'CC BY 4.0', 'CC BY 4.0', 'CC BY-NC 4.0'])[1 + m.g % 4],
       jsonb_build_object('citation', jsonb_build_object('fields', jsonb_build_array(
         jsonb_build_object('typeName', 'title', 'multiple', false, 'typeClass', 'primitive', 'value', t.title),
         jsonb_build_object('typeName', 'author', 'multiple', true, 'typeClass', 'compound', 'value', jsonb_build_array(
           jsonb_build_object('authorName', jsonb_build_object('typeName', 'authorName', 'multiple', false, 'typeClass', 'primitive',
             'value', 'Author' || (m.g % 5000) || ', ' || initcap(t.w1))))),
         jsonb_build_object('typeName', 'subject', 'multiple', true, 'typeClass', 'controlledVocabulary', 'value',
           jsonb_build_array((array['Social Sciences', 'Social Sciences', 'Social Sciences', 'Arts and Humanities', 'Medicine, Health and Life Sciences',
                                    'Law', 'Business and Management', 'Computer and Information Science'])[1 + m.g % 8])),
         jsonb_build_object('typeName', 'keyword', 'multiple', true, 'typeClass', 'compound', 'value', jsonb_build_array(
           jsonb_build_object('keywordValue', jsonb_build_object('typeName', 'keywordValue', 'multiple', false, 'typeClass', 'primitive', 'value', t.w1)),
           jsonb_build_object('keywordValue', jsonb_build_object('typeName', 'keywordValue', 'multiple', false, 'typeClass', 'primitive', 'value', t.w2)))),
         jsonb_build_object('typeName', 'language', 'multiple', true, 'typeClass', 'controlledVocabulary', 'value',
           jsonb_build_array(case m.lang when 'sv' then 'Swedish' when 'nb' then 'Norwegian Bokmål' else 'English' end)),
         jsonb_build_object('typeName', 'kindOfData', 'multiple', true, 'typeClass', 'primitive', 'value',
           jsonb_build_array((array['Interview recordings', 'Interview transcripts', 'Survey data', 'Reports'])[1 + m.g % 4])),
         jsonb_build_object('typeName', 'dateOfCollection', 'multiple', true, 'typeClass', 'compound', 'value', jsonb_build_array(
           jsonb_build_object('dateOfCollectionStart', jsonb_build_object('typeName', 'dateOfCollectionStart', 'multiple', false,
             'typeClass', 'primitive', 'value', to_char(m.published - interval '400 days', 'YYYY-MM-DD'))))))),
         'geospatial', jsonb_build_object('fields', jsonb_build_array(
           jsonb_build_object('typeName', 'geographicCoverage', 'multiple', true, 'typeClass', 'compound', 'value', jsonb_build_array(
             jsonb_build_object('country', jsonb_build_object('typeName', 'country', 'multiple', false, 'typeClass', 'controlledVocabulary',
               'value', case m.lang when 'sv' then 'Sweden' when 'nb' then 'Norway' else 'United Kingdom' end))))))),
       case m.lang when 'sv' then 'swedish' when 'nb' then 'norwegian' else 'english' end, m.published, m.published, m.published
  from dsmap m
  cross join lateral (select initcap(string_agg(v.w, ' ') filter (where x.k <= 6)) as title,
                             string_agg(v.w, ' ') as description,
                             min(v.w) filter (where x.k = 1) as w1, min(v.w) filter (where x.k = 2) as w2
                        from (select k, d.i from generate_series(1, 40) k
                                join draws d on d.g = 1 + (m.g * 40 + k) % 2000000) x
                        join vocab v on v.i = least(x.i, :vocabulary)) t;
update dataset d set released_version_id = v.id from dataset_version v where v.dataset_id = d.id and d.identifier like 'BENCH/%';

-- files: one dataset with :big, fifty with 2,000, the others about eight
create temporary table fcount as
select m.dataset_id, m.g, m.lang, case when m.g = 1 then :big when m.g between 2 and 51 then 2000 else 1 + (m.g * 7919) % 15 end as n
  from dsmap m;
create temporary table fl as
select row_number() over () as k, c.dataset_id, c.g, c.lang, s as n
  from fcount c, generate_series(1, c.n) s;
insert into datafile (dataset_id, storage_key, content_type, size_bytes, sha256, md5, created_at, extraction_status)
select fl.dataset_id, 'bench/' || fl.k,
       (array['text/plain', 'text/plain', 'application/pdf', 'audio/mpeg', 'text/vtt', 'text/csv',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg'])[1 + fl.k % 8],
       1000 + (fl.k * 104729) % 50000000, md5(fl.k::text) || md5(fl.k::text), md5(fl.k::text), now(), 'DONE'
  from fl;
create temporary table fmap as
select f.id as datafile_id, fl.k, fl.dataset_id, fl.g, fl.lang, fl.n, f.content_type
  from datafile f join fl on f.storage_key = 'bench/' || fl.k;
insert into file_metadata (datafile_id, dataset_version_id, label, directory_label, description, category, access, embargo_until, language)
select fm.datafile_id, d.released_version_id,
       'file-' || fm.n || (case fm.content_type when 'text/plain' then '.txt' when 'application/pdf' then '.pdf' when 'audio/mpeg' then '.mp3'
                          when 'text/vtt' then '.vtt' when 'text/csv' then '.csv' when 'image/jpeg' then '.jpg' else '.docx' end),
       '', null, (array['Data', 'Documentation', 'Interview', 'Transcript', 'Consent'])[1 + fm.k % 5],
       case when fm.k % 50 = 7 then 'EMBARGOED' when fm.k % 10 < 3 then 'RESTRICTED' else 'PUBLIC' end,
       case when fm.k % 50 = 7 then date '2030-01-01' end, fm.lang
  from fmap fm join dataset d on d.id = fm.dataset_id;

-- extracted text for :texts files of the text kinds
create temporary table tx as
select fm.datafile_id, fm.k, fm.lang from fmap fm
 where fm.content_type in ('text/plain', 'application/pdf', 'text/vtt', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
 order by fm.k % 97, fm.k limit :texts;
insert into file_text (datafile_id, content, language)
select tx.datafile_id,
       (select string_agg(v.w, ' ') from generate_series(1, :words) k
          join draws d on d.g = 1 + (tx.k * 131 + k * 7) % 2000000
          join vocab v on v.i = least(d.i, :vocabulary)),
       tx.lang
  from tx;
-- a word found only in five restricted files' text
update file_text t set content = content || ' återfallsprevention'
 where t.datafile_id in (select fm.datafile_id from file_metadata fm join file_text x on x.datafile_id = fm.datafile_id
                          where fm.access = 'RESTRICTED' order by fm.datafile_id limit 5);

-- one stale placeholder export per dataset: the exports-ahead timer (50 datasets every 10 s) would
-- otherwise spend hours making 100,000 datasets' exports while the search figures are taken; a
-- stale row is remade on its first read, so exports and OAI-PMH still answer correctly
insert into version_export (version_id, exporter, body, version_updated_at)
select d.released_version_id, 'placeholder', '', timestamptz 'epoch' from dataset d where d.identifier like 'BENCH/%';

set session_replication_role = origin;
analyze;
