import { loadLinkData } from './eval/link-data';
const data = await loadLinkData();
const names = new Set<string>();
for (const e of data.entities) for (const n of [e.name, ...e.aliases.map((a) => a.name)]) names.add(n.toLowerCase());
const miss = process.argv.slice(2).filter((q) => !names.has(q.toLowerCase()));
console.log('missing:', miss.join('; '));
