import { loadLinkData } from './eval/link-data';
import { nerLink } from './eval/link';
const data = await loadLinkData();
const [text, date] = process.argv.slice(2);
for (const m of nerLink(data)(text!, date).mentions) console.log(m.text, '→', m.entityId, data.entity(m.entityId)?.name, '|', m.reason);
