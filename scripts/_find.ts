import { loadLinkData } from './eval/link-data';
const data = await loadLinkData();
const qs = process.argv.slice(2).map((q) => q.toLowerCase());
for (const e of data.entities) { const names = [e.name, ...e.aliases.map((a) => a.name)];
  for (const q of qs) if (names.some((n) => n.toLowerCase().includes(q))) console.log(q, '→', e.id, e.name, '|', names.slice(0, 6).join(' / ')); }
