// Issue #12's rules on a small dataset built here: month dates are not Theresa May, headline surnames
// link to the people the body names in full, and a name every country's body shares ("Parliament")
// means the body of the article's country or nothing.
import { describe, expect, it } from 'vitest';
import { Entity, type EntityInput } from '../../../../src/core/dataset/schema';
import { linkText } from '../../../../src/core/link/index';
import { reasonText } from '../../../../src/core/resolve/basis';
import { compileMatcher } from '../../../../src/core/match/compile';
import { loadMatcher } from '../../../../src/core/match/load';
import { countryCodes } from '../../../../src/core/dataset/bundle';

const at = { source: 'test', asOf: '2024-01-01' };
const alias = (name: string, extra: Record<string, unknown> = {}) => ({ name, standalone: true, ...at, ...extra });
const short = (name: string) => alias(name, { kind: 'short', standalone: false });
const body = (id: string, name: string, country: string, aliases: string[]): EntityInput => ({
  id, type: 'organization', orgKind: 'government-body', name, country: { value: country, ...at }, sources: [at], aliases: aliases.map(short),
});

const raw: EntityInput[] = [
  { id: 'Q90', type: 'person', name: 'Theresa May', sources: [at], country: { value: 'Q145', ...at } },
  { id: 'Q207', type: 'person', name: 'George W. Bush', sources: [at], country: { value: 'Q30', ...at } },
  { id: 'Q9545', type: 'person', name: 'Tony Blair', sources: [at], country: { value: 'Q145', ...at } },
  { id: 'Q1058', type: 'person', name: 'Narendra Modi', sources: [at], roles: [{ title: 'Prime Minister', start: '2014-05-26', ...at }] },
  { id: 'Q114', type: 'country', name: 'Kenya', sources: [at], country: { value: 'KE', ...at }, aliases: [alias('Kenyan', { kind: 'demonym', standalone: false })] },
  { id: 'Q145', type: 'country', name: 'United Kingdom', sources: [at], country: { value: 'GB', ...at }, aliases: [alias('UK', { kind: 'acronym' }), alias('British', { kind: 'demonym', standalone: false })] },
  { id: 'Q30', type: 'country', name: 'United States', sources: [at], country: { value: 'US', ...at }, aliases: [alias('US', { kind: 'acronym' })] },
  { id: 'Q408', type: 'country', name: 'Australia', sources: [at], country: { value: 'AU', ...at }, aliases: [alias('Commonwealth of Australia'), alias('AU', { kind: 'acronym' })] },
  { id: 'bs:commonwealth', type: 'organization', orgKind: 'intergovernmental', name: 'Commonwealth of Nations', sources: [at], aliases: [alias('Commonwealth')] },
  { id: 'bs:city-nairobi', type: 'place', name: 'Nairobi', sources: [at], country: { value: 'Q114', ...at } },
  { id: 'bs:kenya-ruto', type: 'person', name: 'William Ruto', sources: [at], country: { value: 'Q114', ...at } },
  { id: 'bs:kenya-mudavadi', type: 'person', name: 'Musalia Mudavadi', sources: [at], country: { value: 'KE', ...at } },
  body('bs:parliament-ke', 'Parliament of Kenya', 'Q114', ['Parliament']),
  body('bs:parliament-gb', 'Parliament of the United Kingdom', 'GB', ['Parliament']),
  body('bs:congress-us', 'United States Congress', 'Q30', ['Congress']),
  body('bs:foreign-ke', 'Ministry of Foreign Affairs', 'Q114', []),
  body('bs:justice-us', 'United States Department of Justice', 'Q30', ['Department of Justice']),
  // As the Factbook names them: the body's own name is the generic one.
  body('bs:cabinet-ke', 'Cabinet', 'Q114', ['Cabinet']),
  body('bs:cabinet-gb', 'Cabinet', 'GB', ['Cabinet']),
];
/** The linker over `entities` alone: an article on an English page (or in `language`, or none: null) of `date`. */
function linkerOver(entities: Entity[]) {
  const matcher = loadMatcher(compileMatcher(entities));
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (text: string, language: string | null = 'en', date = '2024-01-01') => linkText({ text, date, ...(language ? { language } : {}) }, { matcher, entity: (id) => byId.get(id) }).mentions;
}

const entities = raw.map((e) => Entity.parse(e));
const matcher = loadMatcher(compileMatcher(entities));
const byId = new Map(entities.map((e) => [e.id, e]));
const mentionsIn = linkerOver(entities);
const linked = (text: string) => mentionsIn(text).map((m) => [m.text, m.entityId]);

describe('a month or weekday written as a date', () => {
  it('is never Theresa May, even after her full name', () => {
    for (const date of ['on 24 May', 'on May 24', 'in early May', 'by mid-May', 'in May', 'since May 2019', 'at the end of May', 'on the 24th of May']) {
      expect(linked(`Theresa May spoke. The vote was ${date}.`), date).toEqual([['Theresa May', 'Q90']]);
    }
  });

  it('leaves her surname alone elsewhere', () => {
    expect(linked('Theresa May spoke. May said the vote in March would pass.')).toEqual([['Theresa May', 'Q90'], ['May', 'Q90']]);
    expect(linked('Theresa May spoke. A speech by May followed.')).toEqual([['Theresa May', 'Q90'], ['May', 'Q90']]);
  });
});

describe('a name known only in another language', () => {
  const iceland = Entity.parse({ id: 'Q189', type: 'country', name: 'Iceland', sources: [at], aliases: [alias('Island', { lang: 'de' })] });
  const all = [...entities, iceland];
  const mentionsOf = linkerOver(all);
  const link = (text: string, language: string | undefined) => mentionsOf(text, language ?? null).map((x) => x.entityId);

  it('is an English word on an English page, and the name on a page in another language', () => {
    expect(link('Work on the Island goes on.', 'en')).toEqual([]);
    expect(link('Island und Norwegen verhandeln.', 'de')).toEqual(['Q189']);
  });
});

describe('the press shorthand "PM"', () => {
  it('is a title, before the full name or a surname', () => {
    expect(linked('PM Modi opened the bridge.')).toEqual([['Modi', 'Q1058']]);
    expect(linked('Narendra Modi spoke. Sharma thanked PM Modi, and others.')).toEqual([['Narendra Modi', 'Q1058'], ['Modi', 'Q1058']]);
    expect(linked('PM Blair opened the bridge.')).toEqual([]);
  });
});

describe('surnames in the headline', () => {
  it('link to the people the body below names in full', () => {
    const text = 'Bush and Blair welcome the deal\nWASHINGTON - George W. Bush and Tony Blair met on Monday.';
    const mentions = mentionsIn(text, 'en', '2004-01-01');
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['Bush', 'Q207'], ['Blair', 'Q9545'], ['George W. Bush', 'Q207'], ['Tony Blair', 'Q9545']]);
    expect(reasonText(mentions[0]!.basis, mentions[0]!.chosenOver)).toBe(`surname in the headline, full name at offset ${text.indexOf('George')}`);
  });

  it('only in a headline: a surname in a long first paragraph waits for the full name', () => {
    const paragraph = `Blair ${'said the talks went on for a long time and ended late in the evening, '.repeat(3)}\nTony Blair left.`;
    expect(linked(paragraph)).toEqual([['Tony Blair', 'Q9545']]);
  });

  it('not when the body does not name them', () => {
    expect(linked('Bush and Blair welcome the deal\nThe leaders met on Monday.')).toEqual([]);
  });
});

describe("the word a country's formal name begins with", () => {
  it('names no organisation in a report on that country', () => {
    expect(linked('CANBERRA, Australia - The territory is pushing the Commonwealth to forgive its housing debt.')).not.toContainEqual(['Commonwealth', 'bs:commonwealth']);
    expect(linked('NAIROBI, Kenya - Kenya hosts the Commonwealth summit.')).toContainEqual(['Commonwealth', 'bs:commonwealth']);
  });
});

describe('a name every country gives its body', () => {
  it('is the body of the dateline country', () => {
    expect(linked('NAIROBI, Kenya (Reuters) - Parliament passed the budget on Tuesday.')).toContainEqual(['Parliament', 'bs:parliament-ke']);
    expect(linked('NAIROBI (Reuters) - The Cabinet resigned.')).toContainEqual(['Cabinet', 'bs:cabinet-ke']);
  });

  it('is the body of the country the article names clearly most, counting its people and demonyms', () => {
    expect(linked('Kenyan lawmakers met. William Ruto said Parliament would vote. Kenya is divided.')).toContainEqual(['Parliament', 'bs:parliament-ke']);
    // A person's country given as an ISO code counts for the country the article names.
    expect(linked('Tony Blair met Musalia Mudavadi of Kenya. Parliament will vote, Kenya said.')).toContainEqual(['Parliament', 'bs:parliament-ke']);
    // The dataset gives the UK body's country as an ISO code.
    expect(linked('Tony Blair told Parliament that the UK and Britain stood firm. The UK agreed.')).toContainEqual(['Parliament', 'bs:parliament-gb']);
  });

  it('is the ministry of the dateline country, named as the press names it', () => {
    expect(linked('NAIROBI, Kenya - The Foreign Ministry said so.').filter(([t]) => t === 'Foreign Ministry')).toEqual([['Foreign Ministry', 'bs:foreign-ke']]);
    expect(linked('LONDON, UK - The Foreign Ministry said so.').filter(([t]) => t === 'Foreign Ministry')).toEqual([]);
  });

  it('is the department of the dateline country, named as the press names it', () => {
    expect(linked('WASHINGTON, US - The Justice Department said so.').filter(([t]) => t === 'Justice Department')).toEqual([['Justice Department', 'bs:justice-us']]);
    expect(linked('NAIROBI, Kenya - The Justice Department said so.').filter(([t]) => t === 'Justice Department')).toEqual([]);
  });

  it('is the body of the country named most, ahead of the next and with 40% of the namings', () => {
    expect(linked('Kenya, Kenya and Kenya met the UK. Tony Blair agreed. Parliament voted.').filter(([t]) => t === 'Parliament')).toEqual([['Parliament', 'bs:parliament-ke']]);
  });

  it('is the body of the country the site\u2019s address names, when the text names none clearly', () => {
    const codes = countryCodes(entities);
    const onSite = (text: string, site: string) =>
      linkText({ text, language: 'en', site }, { matcher, entity: (id) => byId.get(id), countryOfCode: (code) => codes.get(code) }).mentions.map((m) => [m.text, m.entityId]);
    expect(onSite('Parliament passed the budget.', 'www.nation.co.ke')).toEqual([['Parliament', 'bs:parliament-ke']]);
    expect(onSite('Parliament passed the budget.', 'www.bbc.co.uk')).toEqual([['Parliament', 'bs:parliament-gb']]);
    // The text decides first; a brand domain (.co, .io, .tv) and a generic one name no country.
    expect(onSite('Kenya, Kenya: Parliament passed the budget.', 'www.bbc.co.uk').filter(([t]) => t === 'Parliament')).toEqual([['Parliament', 'bs:parliament-ke']]);
    for (const site of ['news.example.co', 'example.tv', 'example.com', 'localhost', '127.0.0.1']) expect(onSite('Parliament passed the budget.', site), site).toEqual([]);
  });

  it('is never a body of the nation after a region\u2019s word, even once the nation\u2019s was named', () => {
    expect(linked('NAIROBI, Kenya - Lawmakers said Parliament met. Parliament voted.').filter(([t]) => t === 'Parliament')).toHaveLength(2);
    for (const text of ['NAIROBI, Kenya - Lawmakers said Parliament met. The county Parliament voted.', 'NAIROBI, Kenya - The state Parliament voted. Kenya agreed.']) {
      expect(linked(text).filter(([t]) => t === 'Parliament'), text).toHaveLength(text.includes('Lawmakers') ? 1 : 0);
    }
  });

  it('stays unlinked when the country is unclear or has no such body', () => {
    expect(linked('Parliament passed the budget.')).toEqual([]);
    expect(linked('The Cabinet resigned.')).toEqual([]);
    // Inside a title it names an office, not the body acting.
    for (const text of ['William Ruto met the Member of Parliament for Nairobi. Kenya agreed.', 'Kenya: Chief Cabinet Secretary Ruto spoke.', 'Kenya: the Cabinet Secretary spoke. Kenya agreed.', 'Kenya: since the 18th National Parliament, Kenya agreed.']) {
      expect(linked(text).filter(([, id]) => id?.startsWith('bs:parliament') || id?.startsWith('bs:cabinet')), text).toEqual([]);
    }
    // An article about countries named as often has no one country.
    expect(linked('Kenya and Kenya met the UK. Tony Blair agreed. Parliament voted.').filter(([t]) => t === 'Parliament')).toEqual([]);
    expect(linked('Kenya and Kenya met the UK, the UK, the US and the US. Parliament voted.').filter(([t]) => t === 'Parliament')).toEqual([]);
    expect(linked('Kenya and the UK talked. Parliament passed the budget.').filter(([, id]) => id?.startsWith('bs:parliament'))).toEqual([]);
    expect(linked('In Kenya, Congress is not a body. Kenya votes.').filter(([t]) => t === 'Congress')).toEqual([]);
    expect(linked('Kenya voted. The US Congress watched; in Kenya, Parliament voted.').filter(([t]) => t === 'Congress')).toEqual([]);
  });
});

it('marks an acronym written with full stops to its last one', () => {
  expect(linked('Tony Blair flew to the U.K. on Monday.')).toContainEqual(['U.K.', 'Q145']);
});

describe("a party's acronym", () => {
  const party = (id: string, name: string, acronym: string, extra: Partial<EntityInput> = {}): EntityInput => ({
    id, type: 'organization', orgKind: 'political-party', name, country: { value: 'IN', ...at }, sources: [at],
    aliases: [alias(name), alias(acronym, { kind: 'acronym', standalone: false })], ...extra,
  });
  const all = [
    ...entities,
    Entity.parse({ id: 'Q668', type: 'country', name: 'India', sources: [at], country: { value: 'IN', ...at }, aliases: [alias('Indian', { kind: 'demonym', standalone: false })] }),
    Entity.parse(party('Q10230', 'Bharatiya Janata Party', 'BJP')),
    Entity.parse(party('Q1', 'Liberty and Refoundation', 'LIBRE')),
    Entity.parse(party('Q2', 'Radical National Party', 'PNR', { dissolved: { value: '1904', ...at } })),
    Entity.parse(party('Q3', 'Indian Socialist Party', 'ISP', { aliases: [alias('Socialist Party', { kind: 'short', standalone: false })] })),
    Entity.parse(party('Q4', 'Solidarity Front of India', 'SFI', { aliases: [alias('Solidarity', { kind: 'short', standalone: false })] })),
    // Party Facts names it by the name parties of several countries share.
    Entity.parse(party('Q7', 'Democratic Party', 'DP', { aliases: [alias('Democratic Party', { kind: 'short', standalone: false })] })),
    Entity.parse({ id: 'Q5', type: 'person', name: 'Amit Shah', sources: [at], affiliations: [{ relation: 'member-of', target: 'Q10230', ...at }] }),
    Entity.parse(party('Q10225', 'Indian National Congress', 'INC', { aliases: [alias('Congress', { kind: 'short', standalone: false })] })),
    Entity.parse({ id: 'Q6', type: 'person', name: 'Sonia Gandhi', sources: [at], affiliations: [{ relation: 'member-of', target: 'Q10225', ...at }] }),
  ];
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it("links alone in an article about the party's country", () => {
    expect(link('NEW DELHI, India - The BJP won the vote. Indian voters turned out.')).toContainEqual(['BJP', 'Q10230']);
  });

  it('links in an article about another country that names a member of the party in full', () => {
    const mentions = mentionsOf('NAIROBI, Kenya - Amit Shah visited Kenya. The BJP cheered.');
    const bjp = mentions.find((x) => x.text === 'BJP');
    expect(bjp).toMatchObject({ entityId: 'Q10230' });
    expect(reasonText(bjp!.basis, bjp!.chosenOver)).toBe('acronym of the party of someone the article names in full');
    expect(link('NAIROBI, Kenya - Shah visited Kenya. The BJP cheered.').filter(([t]) => t === 'BJP')).toEqual([]);
  });

  it("links a name parties of several countries share, of several words, in an article about the party's country", () => {
    const linked = link('NEW DELHI, India - The Socialist Party won. Solidarity was low. India voted.');
    expect(linked).toContainEqual(['Socialist Party', 'Q3']);
    expect(linked.filter(([t]) => t === 'Solidarity')).toEqual([]);
    expect(link('NAIROBI, Kenya - The Socialist Party won. Kenya voted.').filter(([t]) => t === 'Socialist Party')).toEqual([]);
    expect(link('NEW DELHI, India - The Socialist Party of Kerala won. India voted.').filter(([t]) => t === 'Socialist Party')).toEqual([]);
  });

  it('links such a shared name where it is the party\'s own name too', () => {
    expect(link('NEW DELHI, India - The Democratic Party won. India voted.')).toContainEqual(['Democratic Party', 'Q7']);
    expect(link('NAIROBI, Kenya - The Democratic Party won. Kenya voted.').filter(([t]) => t === 'Democratic Party')).toEqual([]);
  });

  it('links a one-word name by the article\u2019s country only inside a sentence, where its capital is its own', () => {
    expect(link('NEW DELHI, India - Sonia Gandhi spoke. Congress walked out.')).toContainEqual(['Congress', 'Q10225']);
    expect(link('NEW DELHI, India - The BJP and Congress walked out. India voted.')).toContainEqual(['Congress', 'Q10225']);
    // Opening a sentence it may be the word; before "for" and a name, part of a longer one.
    expect(link('NEW DELHI, India - Congress walked out. India voted.').filter(([t]) => t === 'Congress')).toEqual([]);
    expect(link('NEW DELHI, India - The Congress for Democracy met. India voted.').filter(([t]) => t === 'Congress')).toEqual([]);
    expect(mentionsOf('NAIROBI, Kenya - The BJP and Congress walked out. Kenya voted.').filter((m) => m.text === 'Congress')).toEqual([]);
  });

  it('stays unlinked elsewhere, written as a word, or when the party was dissolved by the article date', () => {
    expect(link('NAIROBI, Kenya - The BJP was mentioned in Kenya.').filter(([t]) => t === 'BJP')).toEqual([]);
    expect(link('NEW DELHI, India - Libre dijo que no. India voted.').filter(([t]) => t === 'Libre')).toEqual([]);
    expect(link('NEW DELHI, India - The PNR was cancelled. India voted.').filter(([t]) => t === 'PNR')).toEqual([]);
  });
});

describe('a part of a name that is a title word', () => {
  const sheikh = Entity.parse({ id: 'Q112792373', type: 'person', name: 'Samani al-Sheikh', sources: [at], roles: [{ title: 'Minister of State for Foreign Affairs', start: '2020', ...at }] });
  const all = [...entities, sheikh];
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => x.text);

  it('is the title of someone else when written alone, even after the full name', () => {
    expect(link('Samani al-Sheikh spoke. Foreign Minister Sheikh Ahmad Al-Sabah met Sheikh Sabah.')).toEqual(['Samani al-Sheikh']);
  });
});

describe('a news agency credited by an acronym it shares', () => {
  const agency: EntityInput = {
    id: 'bs:ips', type: 'organization', orgKind: 'news-agency', name: 'Inter Press Service', sources: [at],
    aliases: [alias('IPS', { kind: 'acronym', standalone: false })],
  };
  const service: EntityInput = { id: 'bs:indian-police-service', type: 'organization', orgKind: 'government-body', name: 'Indian Police Service', sources: [at], aliases: [alias('IPS', { kind: 'acronym', standalone: false })] };
  const all = [agency, service].map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it('links in a dateline credit and after "told"', () => {
    expect(link('KIGALI, Jun 15 2022 (IPS) - Farmers use drones.')).toEqual([['IPS', 'bs:ips']]);
    expect(link('"We need rain," Muziga told IPS in an interview.')).toEqual([['IPS', 'bs:ips']]);
  });

  it('stays unlinked elsewhere, and is what the article named in full before the brackets', () => {
    expect(link('An IPS officer was transferred.')).toEqual([]);
    expect(link('He joined the Indian Police Service (IPS) in 2001.')).toEqual([['Indian Police Service', 'bs:indian-police-service'], ['IPS', 'bs:indian-police-service']]);
  });
});

describe("a full name organisations of several countries bear", () => {
  const all = [
    { id: 'bs:daily-nation', type: 'organization', orgKind: 'company', name: 'Daily Nation', country: { value: 'Q114', ...at }, sources: [at], aliases: [alias('Daily Nation', { kind: 'name', standalone: false })] },
    { id: 'bs:anglo', type: 'organization', orgKind: 'company', name: 'Anglo American', country: { value: 'Q145', ...at }, sources: [at], aliases: [alias('Anglo American', { kind: 'short', standalone: false })] },
    ...raw.filter((e) => e.type === 'country'),
  ].map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it("is the one of the article's country, and nothing elsewhere; a short name stays a phrase", () => {
    expect(link('NAIROBI, Kenya - The Daily Nation reported it. Kenya agreed.')).toContainEqual(['Daily Nation', 'bs:daily-nation']);
    expect(link('The Daily Nation reported it.')).toEqual([]);
    expect(link('LONDON, United Kingdom - Anglo American relations grew. The UK agreed.').filter(([t]) => t === 'Anglo American')).toEqual([]);
  });
});

describe("an acronym a body of the article's country bears too", () => {
  const all = [
    { id: 'bs:afp', type: 'organization', orgKind: 'news-agency', name: 'Agence France-Presse', sources: [at], aliases: [alias('AFP', { kind: 'acronym' })] },
    { id: 'bs:afp-ph', type: 'organization', orgKind: 'government-body', name: 'Armed Forces of the Philippines', country: { value: 'PH', ...at }, sources: [at], aliases: [alias('AFP', { kind: 'acronym', standalone: false })] },
    { id: 'Q928', type: 'country', name: 'Philippines', country: { value: 'PH', ...at }, sources: [at] },
    { id: 'bs:eacc', type: 'organization', orgKind: 'government-body', name: 'Ethics and Anti-Corruption Commission', country: { value: 'Q114', ...at }, sources: [at], aliases: [alias('EACC', { kind: 'acronym', standalone: false })] },
    ...raw.filter((e) => e.id === 'Q114'),
  ].map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it('links the acronym alone elsewhere, and only where an agency is credited in a report on or naming that country', () => {
    expect(link('The AFP said the talks failed.')).toEqual([['AFP', 'bs:afp']]);
    expect(link('MANILA, Philippines - The AFP said rebels attacked. Philippines troops went.').filter(([t]) => t === 'AFP')).toEqual([]);
    expect(link('MANILA, Philippines (AFP) - Rebels attacked. Philippines troops went.').filter(([t]) => t === 'AFP')).toEqual([['AFP', 'bs:afp']]);
    expect(link('NAIROBI, Kenya - The AFP said troops from the Philippines arrived in Kenya. Kenya agreed.').filter(([t]) => t === 'AFP')).toEqual([]);
    expect(link('NAIROBI, Kenya - The AFP said troops arrived in Kenya. Kenya agreed.')).toContainEqual(['AFP', 'bs:afp']);
  });

  it('is, where the article spells it out, only a body of the name spelt out, however well known the others', () => {
    const police = (id: string, country: string) => ({ id, type: 'organization', orgKind: 'government-body', name: 'National Police Agency', country: { value: country, ...at }, sources: [at], aliases: [alias('NPA', { kind: 'acronym', standalone: false })] });
    const npa = linkerOver(
      [
        { id: 'bs:npa-army', type: 'organization', orgKind: 'armed-group', name: "New People's Army", sources: [at], aliases: [alias('NPA', { kind: 'acronym' })] },
        police('bs:npa-kr', 'KR'),
        police('bs:npa-jp', 'JP'),
      ].map((e) => Entity.parse(e)),
    );
    const text = 'The National Police Agency (NPA) said so. The NPA arrested two men.';
    expect(npa(text).filter((m) => m.text === 'NPA')).toEqual([]);
    expect(npa('The NPA attacked a village.').map((m) => m.entityId)).toEqual(['bs:npa-army']);
    // Spelt out after it, in brackets, too.
    expect(npa('The NPA (National Police Agency) said so. The NPA arrested two men.').filter((m) => m.text === 'NPA')).toEqual([]);
    expect(npa('The NPA (New Peoples Army) attacked a village.').map((m) => m.entityId)).toContain('bs:npa-army');
  });

  it("links an acronym no other body bears in a report on the body's country, and nowhere else", () => {
    expect(link('NAIROBI, Kenya - The EACC charged the governor. Kenya agreed.')).toContainEqual(['EACC', 'bs:eacc']);
    expect(link('The EACC charged the governor.')).toEqual([]);
    expect(link('MANILA, Philippines - The EACC charged the governor. Philippines troops went.').filter(([t]) => t === 'EACC')).toEqual([]);
  });
});

describe('names in another romanisation, and names millions bear', () => {
  const raw: EntityInput[] = [
    { id: 'Q6892571', type: 'person', name: 'Mohammad bin Salman', sources: [at], country: { value: 'Q851', ...at } },
    { id: 'Q4631', type: 'person', name: 'Mohamed Morsi', sources: [at], country: { value: 'Q79', ...at } },
    { id: 'Q307871', type: 'person', name: 'Abdel Fattah el-Sisi', sources: [at] },
    { id: 'Q79', type: 'country', name: 'Egypt', sources: [at], country: { value: 'EG', ...at } },
    { id: 'Q9', type: 'person', name: 'Ahmed Mohammed', sources: [at], country: { value: 'Q1033', ...at } },
    { id: 'Q10', type: 'person', name: 'Khawaja Muhammad Asif', sources: [at] },
  ];
  const all = raw.map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it('links a full name whichever spelling the report chose', () => {
    expect(link('Mohammed bin Salman met the press.')).toEqual([['Mohammed bin Salman', 'Q6892571']]);
    expect(link('Abdel Fattah Al Sisi met the press.')).toEqual([['Abdel Fattah Al Sisi', 'Q307871']]);
  });

  it('links a two-word name with a name millions bear only when the article names their country', () => {
    expect(link('Ahmed Mohamed, 14, built a clock.')).toEqual([]);
    expect(link('Mohammed Morsi spoke.')).toEqual([]);
    expect(link('Mohammed Morsi spoke in Egypt.')).toEqual([['Mohammed Morsi', 'Q4631'], ['Egypt', 'Q79']]);
  });

  it('does not shorten a name to a name millions bear and a surname', () => {
    expect(link('Muhammad Asif scored twice.')).toEqual([]);
    expect(link('Khawaja Asif spoke.')).toEqual([['Khawaja Asif', 'Q10']]);
  });
});

describe('a person known only from offices taken up after the article', () => {
  const all = [
    { id: 'Q1', type: 'person', name: 'Chris Lewis', country: { value: 'Q16', ...at }, sources: [at], roles: [{ title: 'Member of the House of Commons', of: 'Q16', start: '2019-10-21', ...at }] },
    { id: 'Q2', type: 'person', name: 'Tony Blair', country: { value: 'Q145', ...at }, sources: [at], roles: [{ title: 'Prime Minister', of: 'Q145', start: '1997-05-02', ...at }] },
    { id: 'Q16', type: 'country', name: 'Canada', country: { value: 'CA', ...at }, sources: [at] },
  ].map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string, date: string) => mentionsOf(text, 'en', date).map((x) => [x.text, x.entityId]);

  it('is a namesake unless the article names their country, but a future head of government is not', () => {
    expect(link('Surrey captain Chris Lewis took five wickets.', '1996-08-30')).toEqual([]);
    expect(link('Surrey captain Chris Lewis took five wickets.', '2021-08-30')).toEqual([['Chris Lewis', 'Q1']]);
    expect(link('Chris Lewis, who emigrated to Canada, spoke.', '1996-08-30')).toContainEqual(['Chris Lewis', 'Q1']);
    expect(link('Tony Blair attacked the government.', '1996-08-30')).toEqual([['Tony Blair', 'Q2']]);
  });
});

describe('namesakes the dataset lacks', () => {
  const raw: EntityInput[] = [
    { id: 'Q1', type: 'person', name: 'Han Duck-soo', sources: [at], roles: [{ title: 'Prime Minister', start: '2022-05-21', ...at }] },
    { id: 'Q2', type: 'person', name: 'Huang Ming', sources: [at] },
    { id: 'Q3', type: 'person', name: 'Sebastiao Antonio Martins', sources: [at] },
    { id: 'Q4', type: 'person', name: 'Keshav Baliram Hedgewar', sources: [at] },
    { id: 'Q5', type: 'country', name: 'Brazil', sources: [at], country: { value: 'BR', ...at }, aliases: [alias('Brazilian', { kind: 'demonym', standalone: false })] },
    { id: 'Q6', type: 'person', name: 'Gautam Adani', sources: [at] },
    { id: 'bs:adani-group', type: 'organization', orgKind: 'company', name: 'Adani Group', sources: [at], aliases: [alias('Adani', { standalone: false })] },
  ];
  const all = raw.map((e) => Entity.parse(e));
  const mentionsOf = linkerOver(all);
  const link = (text: string) => mentionsOf(text).map((x) => [x.text, x.entityId]);

  it('leaves a surname unlinked when the article also names in full someone else who bears it', () => {
    expect(link('Han Duck-soo met Justice Minister Han Dong-hoon. Han said the vetting unit was legal.')).toEqual([['Han Duck-soo', 'Q1']]);
    expect(link('Han Duck-soo spoke. Han said the budget would pass.')).toEqual([['Han Duck-soo', 'Q1'], ['Han', 'Q1']]);
    // The same person with initials is no namesake.
    expect(link('Keshav Baliram Hedgewar founded it. Dr KB Hedgewar led the march. Hedgewar was jailed.')).toContainEqual(['Hedgewar', 'Q4']);
  });

  it('leaves a surname that also names an organisation unlinked', () => {
    expect(link('Gautam Adani spoke. Adani shares fell.')).toEqual([['Gautam Adani', 'Q6']]);
  });

  it('does not take two syllables of a longer hyphenated given name for a name', () => {
    expect(link('Director-General Huang Ming-chao vowed to act.')).toEqual([]);
  });

  it('does not take the last two words of a longer name for a name shortened to them', () => {
    expect(link('The administrator, João Antonio Martins, said so.')).toEqual([]);
    // A demonym before it is not part of a name.
    expect(link('The Brazilian Antonio Martins said so.')).toEqual([['Antonio Martins', 'Q3']]);
  });
});

describe('names that end in a number', () => {
  const e = Entity.parse({ id: 'bs:france-24', type: 'organization', orgKind: 'broadcaster', name: 'France 24', sources: [at], aliases: [alias('France 24')] });
  const mentionsOf = linkerOver([e]);
  const link = (text: string) => mentionsOf(text).map((x) => x.text);

  it('are not a quantity that follows a name', () => {
    expect(link('France 24 reported the vote.')).toEqual(['France 24']);
    expect(link('Britain 23 percent, France 24 percent and Canada 30%.')).toEqual([]);
    expect(link('France 24% of the time.')).toEqual([]);
  });
});
