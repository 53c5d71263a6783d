import { linkText } from '../src/core/link/index';
import { loadLinkData } from './eval/link-data';
const data = await loadLinkData();
const miss: string[] = [];
for (const n of process.argv.slice(2)) {
  const { mentions } = linkText({ text: `Yesterday, ${n} said that talks would go on.`, language: 'en' }, data);
  const m = mentions.find((x) => x.start === 11);
  if (!m || m.text !== n) miss.push(n + (m ? `(${m.text}→${data.entity(m.entityId)!.name})` : ''));
}
console.log('unlinked:', miss.join('; '));
