import { describe, expect, it } from 'vitest';
import { csvRecords, packFromCsv } from '../../../../src/core/packs/csv';

const opts = { fileName: 'desk list.csv', today: '2026-03-04' };

describe('CSV records', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps each record\'s first line', () => {
    const r = csvRecords('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\n\nlast,one');
    expect(r).toEqual({ ok: true, value: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 5, fields: ['last', 'one'] },
    ] });
  });
  it('reports an unclosed quote at the line its record starts', () => {
    expect(csvRecords('a,b\n"open,2\n3')).toEqual({ ok: false, issues: [{ where: 'line 2', expected: 'a closing quote (")', found: 'the end of the file' }] });
  });
});

describe('CSV packs', () => {
  it('turns each row into an entity whose facts cite the row\'s source as of the import date', () => {
    const csv = 'name,type,summary,source,aliases\nJane Placeholder,person,Spokesperson of the Example Ministry,https://example.org/team,J. Placeholder;Placeholder\n"Example Ministry",Organisation,,Ministry website,EM\n';
    const r = packFromCsv(csv, opts);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.name).toBe('desk list');
    expect(r.value.version).toBe('2026-03-04');
    const [jane, ministry] = r.value.entities;
    expect(jane).toMatchObject({ id: 'bs:pack-jane-placeholder', type: 'person', summary: { value: 'Spokesperson of the Example Ministry', source: 'pack-https-example-org-team', asOf: '2026-03-04' } });
    // A lone word for a person needs the full name nearby; a multi-word alias may stand alone.
    expect(jane!.aliases.map((a) => [a.name, a.standalone])).toEqual([['J. Placeholder', true], ['Placeholder', false]]);
    expect(ministry).toMatchObject({ id: 'bs:pack-example-ministry', type: 'organization', aliases: [{ name: 'EM', standalone: true }] });
    expect(ministry!.summary).toBeUndefined();
    expect(r.value.sources).toEqual([
      { id: 'pack-https-example-org-team', name: 'https://example.org/team', url: 'https://example.org/team', licence: expect.any(String), retrieved: '2026-03-04' },
      { id: 'pack-ministry-website', name: 'Ministry website', licence: expect.any(String), retrieved: '2026-03-04' },
    ]);
  });
  it('gives names in other scripts a stable id', () => {
    const r = packFromCsv('name,type,summary,source\nАхмед Закаев,person,,Notes\n', opts);
    expect(r.ok && r.value.entities[0]!.id).toMatch(/^bs:pack-x[0-9a-f]{8}$/);
  });
  it('says where each row is wrong, what was expected and what was found', () => {
    const csv = 'name,type,summary,source\nA Person,person,ok,src\nB Thing,planet,x,src\nC Person,person,x,\nA Person,person,again,src\n,person,x,src\nD,person\n';
    const r = packFromCsv(csv, opts);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([
      { where: 'line 3, column type', expected: 'one of person, organization, country', found: '"planet"' },
      { where: 'line 4, column source', expected: expect.stringContaining('where the summary comes from'), found: '""' },
      { where: 'line 5, column name', expected: 'a name not already given on line 2', found: '"A Person"' },
      { where: 'line 6, column name', expected: 'at least 1 character(s)', found: '""' },
      { where: 'line 7', expected: '4 fields', found: '2 fields' },
    ]);
  });
  it('checks the header', () => {
    const r = packFromCsv('name;type;summary;source\nx;person;y;z\n', opts);
    expect(!r.ok && r.issues[0]).toMatchObject({ where: 'line 1, column 1', found: '"name;type;summary;source"' });
    expect(packFromCsv('name,type,summary,source,notes\n', opts)).toMatchObject({ ok: false, issues: [{ where: 'line 1, column 5', found: '"notes"' }] });
    expect(packFromCsv('name,type,summary,source\n', opts)).toMatchObject({ ok: false, issues: [{ where: 'line 2', expected: 'at least one row after the header' }] });
    expect(packFromCsv('', opts)).toMatchObject({ ok: false, issues: [{ found: 'an empty file' }] });
  });
});
