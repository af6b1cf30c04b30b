// Runs use cases of the official Dataverse JavaScript client (@iqss/dataverse-client-javascript),
// unmodified, against a Samling: node dataverse-client.js BASE_API_URL PLAN.json
// PLAN: {"key": "<api token or empty>", "calls": [{"name": "label", "useCase": "getDataset", "args": [...]}]}
// An argument {"$new": "FileSearchCriteria", "with": {"withContentType": "text/plain"}} builds a
// client object; {"$ref": "label.path.to.value"} is a value an earlier call returned; {"$file": {"name": "a.txt",
// "text": "...", "repeat": 1}} is a File of that text (repeated), {"$progress": true} a progress callback and
// {"$abort": true} an AbortController, for uploadFile. Prints {"label": {"ok": true, "value": ...} | {"ok": false, "error": "..."}}.
const dv = require('@iqss/dataverse-client-javascript')
const fs = require('fs')

function build (arg, results) {
  if (arg && typeof arg === 'object' && arg.$ref) {
    const [label, ...path] = arg.$ref.split('.')
    return path.reduce((value, key) => value[key], results[label].value)
  }
  if (arg && typeof arg === 'object' && arg.$file) {
    return new File([Buffer.from(arg.$file.text.repeat(arg.$file.repeat || 1), 'utf8')], arg.$file.name)
  }
  if (arg && typeof arg === 'object' && arg.$progress) return () => {}
  if (arg && typeof arg === 'object' && arg.$abort) return new AbortController()
  if (arg && typeof arg === 'object' && arg.$new) {
    let value = new dv[arg.$new]()
    for (const [method, parameter] of Object.entries(arg.with || {})) value = value[method](parameter)
    return value
  }
  if (Array.isArray(arg)) return arg.map(item => build(item, results))
  if (arg && typeof arg === 'object') {
    return Object.fromEntries(Object.entries(arg).map(([key, value]) => [key, build(value, results)]))
  }
  return arg
}

async function main () {
  const [base, planFile] = process.argv.slice(2)
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'))
  dv.ApiConfig.init(base, 'api-key', plan.key || undefined)
  const results = {}
  for (const call of plan.calls) {
    try {
      const useCase = dv[call.useCase]
      if (!useCase || typeof useCase.execute !== 'function') throw new Error('no use case ' + call.useCase)
      const value = await useCase.execute(...(call.args || []).map(arg => build(arg, results)))
      results[call.name] = { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) }
    } catch (e) {
      results[call.name] = { ok: false, error: (e && e.constructor ? e.constructor.name + ': ' : '') + (e && e.message ? e.message : String(e)) }
    }
  }
  process.stdout.write(JSON.stringify(results))
}

main().catch(e => { console.error(e); process.exit(1) })
