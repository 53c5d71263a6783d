// @vitest-environment jsdom
// The content session end to end in jsdom, with a fake background: what it marks, what the
// reader's settings and corrections remove, and that disposing leaves no trace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { MentionView } from '../../../src/shared/messages';
import { Session, type BackgroundCalls } from '../../../src/content/session';
import { addNotThis, notThisKey } from '../../../src/shared/not-this';
import { installHighlightRegistry } from '../highlight-registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/content/article.html'), 'utf8');

/** A fake background that links the names it is given, by plain search. */
function fakeBackground(names: Record<string, MentionView['entity']>): BackgroundCalls & { counts: number[]; asked: string[] } {
  const counts: number[] = [];
  const asked: string[] = [];
  return {
    counts,
    asked,
    async findMentions(text, date) {
      asked.push(date ?? '');
      const mentions: MentionView[] = [];
      // Longest names first; a shorter one inside a longer match is not a mention of its own.
      for (const [surface, entity] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) {
        for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          if (mentions.some((m) => at < m.end && at + surface.length > m.start)) continue;
          mentions.push({ start: at, end: at + surface.length, text: surface, entity, confidence: 1, basis: { kind: 'alias' } });
        }
      }
      return { mentions: mentions.sort((a, b) => a.start - b.start), unknown: [] };
    },
    async getEntity() {
      return undefined;
    },
    reportCount: (n) => void counts.push(n),
  };
}

const lavrov = { id: 'Q7996', name: 'Sergei Lavrov', type: 'person' as const };
const eu = { id: 'Q458', name: 'European Union', type: 'organization' as const };
const afghanistan = { id: 'Q889', name: 'Afghanistan', type: 'country' as const };
const names = { 'Sergei Lavrov': lavrov, 'European Union': eu, Afghanistan: afghanistan, Lavrov: lavrov };

function marked(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights) out[name] = [...h].map((r) => r.toString());
  return out;
}

async function start(settings: Partial<Settings> = {}) {
  // The page's own address: a home page's would (rightly) count against it being an article.
  history.replaceState(null, '', '/world/2021/10/20/ministers-meet-on-aid');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html lang="en">/, '').replace('</html>', '');
  const background = fakeBackground(names);
  const session = new Session(document, { ...DEFAULT_SETTINGS, ...settings }, background, false);
  await session.start();
  return { session, background };
}

describe('content session', () => {
  beforeEach(() => installHighlightRegistry(window));

  it('marks each mention by category, as of the article date, without changing the article', async () => {
    const before = html.match(/<article>[\s\S]*<\/article>/)![0];
    const { session, background } = await start();
    expect(background.asked).toEqual(['2021-10-20']);
    expect(marked()).toEqual({
      'backstory-underline-person': ['Sergei Lavrov', 'Lavrov'],
      'backstory-underline-organization': ['European Union'],
      'backstory-underline-country': ['Afghanistan'],
    });
    expect(document.querySelector('article')!.outerHTML).toBe(before);
    expect(session.cast().entries.map((e) => [e.entity.name, e.count])).toEqual([['Sergei Lavrov', 2], ['European Union', 1], ['Afghanistan', 1]]);
    expect(background.counts.at(-1)).toBe(3);
    session.dispose();
  });

  it('follows the settings: categories off, first mention only, tinted', async () => {
    const { session } = await start({ categories: { person: true, organization: false, country: false }, mentions: 'first', highlightStyle: 'tint' });
    expect(marked()).toEqual({ 'backstory-tint-person': ['Sergei Lavrov'] });
    session.dispose();
  });

  it('leaves out what the reader said was not this person', async () => {
    await addNotThis(notThisKey(lavrov.id, 'Lavrov'));
    const { session } = await start();
    expect(marked()['backstory-underline-person']).toEqual(['Sergei Lavrov']);
    session.dispose();
  });

  it('leaves no trace when disposed', async () => {
    const { session } = await start();
    expect(document.querySelector('backstory-ui')).not.toBeNull();
    session.dispose();
    expect(document.querySelector('backstory-ui')).toBeNull();
    expect(marked()).toEqual({});
  });

  it('does nothing on a page that is not an article', async () => {
    document.body.innerHTML = '<nav><a href="/a">A</a> <a href="/b">B</a></nav><ul><li><a href="/x">Sergei Lavrov in Afghanistan</a></li></ul>';
    const background = fakeBackground(names);
    const session = new Session(document, DEFAULT_SETTINGS, background, false);
    await session.start();
    expect(session.cast().state).toBe('not-article');
    expect(marked()).toEqual({});
    expect(document.querySelector('backstory-ui')).toBeNull();
    session.dispose();
  });

  it('marks a page detection turned away once the reader treats it as an article', async () => {
    document.body.innerHTML = '<div><a href="/">Home</a></div><div>Sergei Lavrov spoke about Afghanistan on Tuesday.</div>';
    const session = new Session(document, DEFAULT_SETTINGS, fakeBackground(names), false);
    await session.start();
    expect(session.cast().state).toBe('not-article');
    await session.treatAsArticle();
    expect(session.cast().state).toBe('ready');
    expect(marked()).toEqual({ 'backstory-underline-person': ['Sergei Lavrov'], 'backstory-underline-country': ['Afghanistan'] });
    session.dispose();
  });
});

describe('content session disposed while it works', () => {
  beforeEach(() => installHighlightRegistry(window));

  it('draws nothing when it is disposed between detection and reading the text', async () => {
    history.replaceState(null, '', '/world/2021/10/20/ministers-meet-on-aid');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html lang="en">/, '').replace('</html>', '');
    const session = new Session(document, DEFAULT_SETTINGS, fakeBackground(names), false);
    const started = session.start(); // detection has run; reading the text waits for the next task
    session.dispose();
    await started;
    expect(document.querySelector('backstory-ui')).toBeNull();
    expect(marked()).toEqual({});
  });
});
