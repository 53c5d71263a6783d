import { describe, expect, it } from 'vitest';
import { packFromJson } from '../../../../src/core/packs/json';
import { GOOD_PACK } from './fixtures';

describe('JSON packs', () => {
  it('accepts a pack in the dataset schema and fills the schema defaults', () => {
    const r = packFromJson(JSON.stringify(GOOD_PACK));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.entities).toHaveLength(2);
    expect(r.value.entities[1]!.roles).toEqual([]);
  });
  it('points at the exact field, with what was expected and what was found', () => {
    const bad = structuredClone(GOOD_PACK) as Record<string, any>;
    bad.entities[0].roles[0].start = 'last spring';
    bad.entities[1].type = 'celebrity';
    delete bad.entities[1].sources;
    const r = packFromJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([
      { where: 'entities[0].roles[0].start', expected: 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', found: '"last spring"' },
      { where: 'entities[1].type', expected: 'one of "person", "organization", "country", "place"', found: '"celebrity"' },
      { where: 'entities[1].sources', expected: 'a list', found: 'nothing (the field is missing)' },
    ]);
  });
  it('refuses a source address that is not a web address, saying what it expected', () => {
    for (const url of ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      const bad = structuredClone(GOOD_PACK) as Record<string, any>;
      bad.sources[0].url = url;
      const r = packFromJson(JSON.stringify(bad));
      expect(r.ok, url).toBe(false);
      expect(!r.ok && r.issues).toEqual([{ where: 'sources[0].url', expected: 'a web address starting with http:// or https://', found: JSON.stringify(url.slice(0, 60) + (url.length > 60 ? '…' : '')) }]);
    }
    const web = structuredClone(GOOD_PACK) as Record<string, any>;
    web.sources[0].url = 'http://example.org/list';
    expect(packFromJson(JSON.stringify(web)).ok).toBe(true);
  });
  it('reports fields the schema does not know instead of dropping them', () => {
    const typo = structuredClone(GOOD_PACK) as Record<string, any>;
    typo.entities[0].alias = [];
    typo.author = 'me';
    const r = packFromJson(JSON.stringify(typo));
    expect(!r.ok && r.issues.map((i) => [i.where, i.found])).toEqual([['author', 'an unknown field "author"'], ['entities[0].alias', 'an unknown field "alias"']]);
  });
  it('places a syntax error by line and column', () => {
    const r = packFromJson('{\n  "name": "x",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.where).toMatch(/^line 3, column \d+$/);
    expect(!r.ok && r.issues[0]!.expected).toBe('valid JSON');
    expect(packFromJson('[1,2]')).toMatchObject({ ok: false, issues: [{ where: 'the file', found: 'a list of 2' }] });
  });
});
