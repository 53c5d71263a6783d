import { loadLinkData } from './eval/link-data';
const data = await loadLinkData();
for (const name of process.argv.slice(2)) {
  const s = data.matcher.scan(name);
  for (const m of s.matches.filter((m) => m.first === 0 && m.end === s.tokens.length)) for (const e of m.entries) console.log(name, JSON.stringify(e), data.entity(e.entityId)?.name, data.entity(e.entityId)?.type);
}
