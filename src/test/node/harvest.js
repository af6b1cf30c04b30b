// Harvests a Samling OAI-PMH endpoint with the npm `oai-pmh` harvester, as a catalogue would:
// Identify, every set, every format through to the end of the resumption tokens, and a
// selective harvest since a date. Prints one JSON summary; any protocol error exits 1.
// node harvest.js BASE_URL [FROM]
const { OaiPmh } = require('oai-pmh')

async function main () {
  const [base, from] = process.argv.slice(2)
  const oai = new OaiPmh(base)
  const summary = { identify: await oai.identify(), formats: {}, sets: {}, since: [] }
  const formats = (await oai.listMetadataFormats()).map(f => f.metadataPrefix)
  for (const prefix of formats) {
    const records = []
    for await (const record of oai.listRecords({ metadataPrefix: prefix })) {
      records.push({ id: record.header.identifier, deleted: record.header.$ && record.header.$.status === 'deleted',
        sets: [].concat(record.header.setSpec || []), metadata: record.metadata ? JSON.stringify(record.metadata).length : 0 })
    }
    summary.formats[prefix] = records
  }
  for await (const set of oai.listSets()) {
    const ids = []
    for await (const header of oai.listIdentifiers({ metadataPrefix: 'oai_dc', set: set.setSpec })) {
      ids.push(header.identifier)
    }
    summary.sets[set.setSpec] = ids
  }
  if (from) {
    for await (const header of oai.listIdentifiers({ metadataPrefix: 'oai_dc', from })) {
      summary.since.push({ id: header.identifier, deleted: header.$ && header.$.status === 'deleted' })
    }
  }
  process.stdout.write(JSON.stringify(summary))
}

main().catch(e => { console.error(e && e.stack ? e.stack : e); process.exit(1) })
