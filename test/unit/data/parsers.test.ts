import { describe, expect, it } from 'vitest';
import { Entity } from '../../../src/core/dataset/schema';
import { parseCsv } from '../../../scripts/data/lib/csv';
import { parseDayMonthYear, withPrecision } from '../../../scripts/data/lib/dates';
import { readingName } from '../../../scripts/data/lib/person-name';
import { readOfficialName } from '../../../scripts/data/sources/world-leaders-2019';
import { isAcronym, normaliseName, titleCase } from '../../../scripts/data/lib/text';
import { parseLeaders } from '../../../scripts/data/sources/factbook-leaders';
import { personName } from '../../../scripts/data/sources/ofac';
import { aliasParts, birthYearsOf, isFullName } from '../../../scripts/data/sources/un-sanctions';
import { orgAlias, splitParenthetical } from '../../../scripts/data/sources/org-names';

describe('source parsing helpers', () => {
  it('reads quoted CSV with commas and doubled quotes', () => {
    expect(parseCsv('1,"A, B","say ""hi"""\n2,x,\n')).toEqual([['1', 'A, B', 'say "hi"'], ['2', 'x', '']]);
  });
  it('turns source dates into ISO dates of the right precision', () => {
    expect(parseDayMonthYear('7 May 2012')).toBe('2012-05-07');
    expect(parseDayMonthYear('07 Oct 1952')).toBe('1952-10-07');
    expect(parseDayMonthYear('1977 to 1978')).toBeUndefined();
    expect(withPrecision('1921-01-01', '9')).toBe('1921');
  });
  it('normalises names and reading forms', () => {
    expect(normaliseName("AL QA'IDA")).toBe(normaliseName('al-Qa’ida'.replace('-', ' ')));
    expect(titleCase('ELIZABETH II')).toBe('Elizabeth II');
    expect(titleCase("NEW PEOPLE'S ARMY")).toBe("New People's Army");
    expect(titleCase("O'BRIEN")).toBe("O'Brien");
    expect(titleCase("MA'AFU")).toBe("Ma'afu");
    expect(titleCase('ISLAMIC STATE OF IRAQ AND THE LEVANT')).toBe('Islamic State of Iraq and the Levant');
    expect(personName('LAVROV, Sergei Viktorovich')).toBe('Sergei Viktorovich Lavrov');
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('Daesh')).toBe(false);
    expect(splitParenthetical('Islamic State in the Levant (ISIL)')).toEqual(['Islamic State in the Levant', 'ISIL']);
    expect(splitParenthetical('Qa’idat al-Jihad (The Base for Jihad)')).toEqual(['Qa’idat al-Jihad']);
  });
  it('reads Factbook leaders with their titles and since-dates, skipping what it cannot read', () => {
    expect(parseLeaders('President Vladimir Vladimirovich PUTIN (since 7 May 2012)')).toEqual([
      { title: 'President', name: 'Vladimir Vladimirovich Putin', surname: 'Putin', given: 'Vladimir Vladimirovich', since: '2012-05-07' },
    ]);
    expect(parseLeaders('President Joseph R. BIDEN Jr. (since 20 January 2021); Vice President Kamala D. HARRIS (since 20 January 2021)').map((l) => [l.title, l.name])).toEqual([
      ['President', 'Joseph R. Biden Jr.'],
      ['Vice President', 'Kamala D. Harris'],
    ]);
    expect(parseLeaders('Taliban Leader HAYBATULLAH Akhundzada (since 15 August 2021)')[0]).toMatchObject({ title: 'Taliban Leader', name: 'Haybatullah Akhundzada' });
    expect(parseLeaders('CEO Abdullah ABDULLAH, Dr. (since 29 September 2014)')).toEqual([]);
  });
  it('reads a surname-first name whose surname looks like a regnal number, and keeps real regnal numbers', () => {
    expect(parseLeaders('President XI Jinping (since 14 March 2013)')[0]).toMatchObject({ name: 'Xi Jinping', surname: 'Xi' });
    expect(parseLeaders('King CARL XVI GUSTAF (since 15 September 1973)')[0]).toMatchObject({ name: 'Carl XVI Gustaf' });
    expect(parseLeaders('Transitional President Capt. Ibrahim TRAORE (since 30 September 2022)')[0]).toMatchObject({ name: 'Ibrahim Traore' });
  });
  it('reads a lead-in naming two offices, and a given name after a title as a name', () => {
    expect(parseLeaders('Prime Minister Vice President MUHAMMAD BIN RASHID Al-Maktum (since 5 January 2006)')[0]).toMatchObject({ title: 'Prime Minister Vice President', name: 'Muhammad bin Rashid Al-Maktum' });
    expect(parseLeaders('Vice President and Prime Minister MUHAMMAD BIN RASHID Al-Maktum (since 5 January 2006)')[0]).toMatchObject({ title: 'Vice President and Prime Minister' });
    expect(parseLeaders('President Prince JOHNSON (since 1 January 2020)')[0]).toMatchObject({ title: 'President', name: 'Prince Johnson' });
  });
  it('links an original-script UN name on its own only when it is a full name', () => {
    expect(isFullName(['SAIDULLAH', 'JAN'], 'سعيدالله جان')).toBe(true);
    expect(isFullName(['HIDAYATULLAH'], 'هدايت الله')).toBe(false);
    expect(isFullName(['FAIZ'], 'فيض')).toBe(false);
    expect(isFullName(['ABD', 'AL-KHALIQ', 'AL-HOUTHI'], 'عبدالخالق')).toBe(false);
  });
  it('splits UN aliases that hold several names or two scripts', () => {
    expect(aliasParts('Abou Mouhadjir (ابو مهاجر)')).toEqual(['Abou Mouhadjir', 'ابو مهاجر']);
    expect(aliasParts('Agha Jan Alizai اغا جان عالیزی')).toEqual(['Agha Jan Alizai', 'اغا جان عالیزی']);
    expect(aliasParts('حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)')).toEqual(['حسن غول', 'Hassan Ghul', 'Hassan Gul', 'Hasan Gul']);
    expect(aliasParts('شيخ الفاتح ، الفاتح')).toEqual(['شيخ الفاتح', 'الفاتح']);
    expect(aliasParts('Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),')).toEqual(['Akhter Mohmad son of Noor Mohmad', 'اختر محمد ولد نور محمد']);
    expect(aliasParts('Abu Mohammed al-Jawlani')).toEqual(['Abu Mohammed al-Jawlani']);
    expect(aliasParts('Amir Khazmat (original script: Амир Хазмат)')).toEqual(['Amir Khazmat', 'Амир Хазмат']);
    expect(aliasParts('Jin Tiesan (金铁三)')).toEqual(['Jin Tiesan', '金铁三']);
  });
  it('keeps notes in UN aliases out of the names', () => {
    expect(aliasParts('Encep Nurjaman (birth name)')).toEqual(['Encep Nurjaman']);
    expect(aliasParts('Lom-ali Butayev (Butaev)')).toEqual(['Lom-ali Butayev']);
    expect(aliasParts('(Sheikh) Musa Hilal')).toEqual(['Musa Hilal']);
    expect(aliasParts('Abdul Rehman; Abd Ur-Rehman; Abdur Rahman')).toEqual(['Abdul Rehman', 'Abd Ur-Rehman', 'Abdur Rahman']);
    expect(aliasParts('Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014)')).toEqual(['Safia Farkash Mohammed Al-Hadad']);
    expect(aliasParts(') Abdelrahman Mouhamad Zafir al Dabissi Juhan')).toEqual(['Abdelrahman Mouhamad Zafir al Dabissi Juhan']);
  });
  it('reads every birth year a UN entry allows, and no wide range', () => {
    expect(birthYearsOf('<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1978-11-04</DATE>')).toEqual(['1978']);
    expect(birthYearsOf('<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1982</YEAR>')).toEqual(['1982']);
    expect(birthYearsOf('<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1970</FROM_YEAR><TO_YEAR>1973</TO_YEAR>')).toEqual(['1970', '1971', '1972', '1973']);
    expect(birthYearsOf('<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1950</FROM_YEAR><TO_YEAR>1970</TO_YEAR>')).toEqual([]);
  });
  it('reads the World Leaders directory\'s names, surname in capitals', () => {
    expect(readOfficialName('Sergey Viktorovich LAVROV')).toEqual({ name: 'Sergey Viktorovich Lavrov', surname: 'Lavrov' });
    expect(readOfficialName('KIM Jong Un')).toEqual({ name: 'Kim Jong Un', surname: 'Kim' });
    expect(readOfficialName('Idriss DEBY Itno')).toEqual({ name: 'Idriss Deby Itno', surname: 'Deby' });
    expect(readOfficialName('Teodoro LOCSIN, Jr.')).toEqual({ name: 'Teodoro Locsin Jr.', surname: 'Locsin' });
    expect(readOfficialName('HUN SEN')).toEqual({ name: 'Hun Sen', surname: 'Hun Sen' });
    expect(readOfficialName('Dr. Ellis WEBSTER')).toEqual({ name: 'Ellis Webster', surname: 'Webster' });
    expect(readOfficialName('ABAS Abdullahi Sheikh "Siraji"')).toEqual({ name: 'Abas Abdullahi Sheikh', surname: 'Abas' });
    expect(readOfficialName('MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud')?.name).toBe('Muhammad bin Salman bin Abd al-Aziz Al Saud');
    expect(readOfficialName('Vacant')).toBeUndefined();
  });
  it('puts list names surname-first behind a comma into reading order, and leaves titles alone', () => {
    expect(readingName('Камко, Андрей Леонидович')).toEqual({ name: 'Андрей Леонидович Камко' });
    expect(readingName('Вячеслав Гладков')).toEqual({ name: 'Вячеслав Гладков' });
    // The Lok Sabha roll: honorifics before the given names are not names.
    expect(readingName('Gandhi, Smt. Sonia')).toEqual({ name: 'Sonia Gandhi' });
    expect(readingName('Dastidar, Dr. (Smt.) Kakoli Ghosh')).toEqual({ name: 'Kakoli Ghosh Dastidar' });
    expect(readingName('ABU ZUBEYR, Muktar Abdirahman')).toEqual({ name: 'Muktar Abdirahman Abu Zubeyr' });
    expect(readingName('Al Tanzani, Ahmad')).toEqual({ name: 'Ahmad Al Tanzani' });
    expect(readingName('ZABIN, Sultan')).toEqual({ name: 'Sultan Zabin' });
    // A suffix, a title or degrees after the comma are not given names.
    expect(readingName('Jon Huntsman, Jr.')).toEqual({ name: 'Jon Huntsman Jr.' });
    expect(readingName('Albert II, Prince of Monaco')).toEqual({ name: 'Albert II, Prince of Monaco', own: 'Albert II' });
    expect(readingName('David Wolfson, Baron Wolfson of Tredegar')).toEqual({ name: 'David Wolfson, Baron Wolfson of Tredegar', own: 'David Wolfson' });
    expect(readingName('Dr. Ir. Hertifah, MPP')).toEqual({ name: 'Dr. Ir. Hertifah' });
    expect(readingName('Bhavana Gawali (Patil), Ms.')).toEqual({ name: 'Bhavana Gawali (Patil)' });
  });
});

describe('list organisation names', () => {
  const at = { source: 'un', asOf: '2025' };
  it("never links alone a body's name every government's bodies bear", () => {
    expect(orgAlias('Ministry of Defense', at)[0]).toMatchObject({ standalone: false, kind: 'name' });
    expect(orgAlias('MINISTRY OF PUBLIC SECURITY', at)[0]).toMatchObject({ name: 'Ministry of Public Security', standalone: false });
    expect(orgAlias('Ministry of Culture and Islamic Guidance', at)[0]!.standalone).toBe(true);
    expect(orgAlias('Reconnaissance General Bureau', at)[0]!.standalone).toBe(true);
  });
  it("never links alone a list's other name that only says what kind of group it is", () => {
    expect(orgAlias("PEOPLE'S LIBERATION ARMY", at, true)[0]).toMatchObject({ name: "People's Liberation Army", standalone: false });
    expect(orgAlias('Islamic Army', at, true)[0]!.standalone).toBe(false);
    expect(orgAlias('Islamic Army', at)[0]!.standalone).toBe(true);
    expect(orgAlias('Kurdistan Freedom Hawks', at, true)[0]!.standalone).toBe(true);
  });
});

describe('year-only ends bounded by a successor (issue #11)', () => {
  it('ends a term known only to its year at the next holder\'s exact start, only in an office held by one at a time', async () => {
    const { closeAtSuccessor } = await import('../../../scripts/data/lib/offices');
    const { emptyDraft } = await import('../../../scripts/data/model');
    const p = { source: 'wd', asOf: '2023-01-10' };
    const holder = (name: string, roles: object[]) => Object.assign(emptyDraft('person', name, [p]), { roles: roles.map((r) => ({ ...r, ...p })) });
    const truss = holder('Liz Truss', [{ title: 'Prime Minister', of: 'Q145', start: '2022-09-06', end: '2022' }]);
    const sunak = holder('Rishi Sunak', [{ title: 'Prime Minister', of: 'Q145', start: '2022-10-25' }]);
    closeAtSuccessor([truss, sunak]);
    expect(truss.roles[0]).toMatchObject({ end: '2022', endedBy: '2022-10-25' });
    // Two deputies in office at once: a new one proves nothing about A.
    const a = holder('A', [{ title: 'Deputy Minister', of: 'Q1', start: '2020-01-01', end: '2022' }]);
    const b = holder('B', [{ title: 'Deputy Minister', of: 'Q1', start: '2019-01-01', end: '2021-01-01' }]);
    const d = holder('D', [{ title: 'Deputy Minister', of: 'Q1', start: '2019-06-01', end: '2020-06-01' }]);
    const c = holder('C', [{ title: 'Deputy Minister', of: 'Q1', start: '2022-03-01' }]);
    closeAtSuccessor([a, b, c, d]);
    expect(a.roles[0]!.endedBy).toBeUndefined();
  });

  it('ends an open head-of-state term at the next holder\'s start, and no open term of a shared office', async () => {
    const { closeAtSuccessor } = await import('../../../scripts/data/lib/offices');
    const { emptyDraft } = await import('../../../scripts/data/model');
    const p = { source: 'wd', asOf: '2022-10-09' };
    const holder = (name: string, roles: object[]) => Object.assign(emptyDraft('person', name, [p]), { roles: roles.map((r) => ({ ...r, ...p })) });
    const granger = holder('David A. Granger', [{ title: 'President of Guyana', of: 'Q734', start: '2015' }]);
    const ali = holder('Irfaan Ali', [{ title: 'President of Guyana', of: 'Q734', start: '2020' }]);
    closeAtSuccessor([granger, ali]);
    expect(granger.roles[0]!.endedBy).toBe('2020');
    expect(ali.roles[0]!.endedBy).toBeUndefined();
    const m1 = holder('M1', [{ title: 'Member of the Assembly', of: 'Q948', start: '2014-12-02' }]);
    const m2 = holder('M2', [{ title: 'Member of the Assembly', of: 'Q948', start: '2019-11-13' }]);
    closeAtSuccessor([m1, m2]);
    expect(m1.roles[0]!.endedBy).toBeUndefined();
  });

  it("cites a hand role's end to the later page of the event that reports it, not to the older page of its start", async () => {
    const { withEndsCited } = await import('../../../scripts/data/sources/hand');
    const sworn = { source: 'page-2024', asOf: '2024-02-04' };
    const handover = { source: 'page-2025', asOf: '2025-03-22' };
    const e = Entity.parse({ id: 'bs:m', type: 'person', name: 'M', sources: [sworn], roles: [{ title: 'President', start: '2024-02-04', end: '2025-03-21', ...sworn }], events: [{ date: '2025-03-21', text: 'Handed over', ...handover }] });
    expect(withEndsCited(e).roles[0]!.endSource).toEqual(handover);
    // A page that can state the end keeps it; so does a role with no event of the end's month.
    expect(withEndsCited({ ...e, roles: [{ ...e.roles[0]!, asOf: '2025-03-21' }] }).roles[0]!.endSource).toBeUndefined();
    expect(withEndsCited({ ...e, events: [] }).roles[0]!.endSource).toBeUndefined();
  });

  it("ends a deputy's open term at the same person's start in the office they deputised for", async () => {
    const { closeAtPromotion } = await import('../../../scripts/data/lib/offices');
    const { emptyDraft } = await import('../../../scripts/data/model');
    const mbumba = Object.assign(emptyDraft('person', 'Nangolo Mbumba', [{ source: 'fb', asOf: '2021-10-21' }]), {
      roles: [
        { title: 'Vice President', of: 'Q1030', start: '2018-02-08', endedBy: '2026-01-22', source: 'fb', asOf: '2021-10-21' },
        { title: 'President', of: 'Q1030', start: '2024-02-04', end: '2025-03-21', source: 'page', asOf: '2024-02-04' },
        { title: 'Vice Minister of Finance', of: 'Q1030', start: '2010-01-01', source: 'fb', asOf: '2021-10-21' },
      ],
    });
    closeAtPromotion([mbumba]);
    expect(mbumba.roles[0]).toMatchObject({ endedBy: '2024-02-04', endSource: { source: 'page', asOf: '2024-02-04' } });
    // No Minister of Finance term follows: the vice-ministry stays as it was.
    expect(mbumba.roles[2]!.endedBy).toBeUndefined();
  });

  it('after the merge, ends an open term of a head of government or a ministry at a later holder\'s exact start from any source', async () => {
    const { closeOpenTermsAcrossSources } = await import('../../../scripts/data/lib/offices');
    const { emptyDraft } = await import('../../../scripts/data/model');
    const holder = (name: string, asOf: string, roles: object[]) =>
      Object.assign(emptyDraft('person', name, [{ source: 's', asOf }]), { roles: roles.map((r) => ({ source: 's', asOf, ...r })) });
    const truss = holder('Liz Truss', '2022-10-09', [{ title: 'Prime Minister', of: 'Q145', start: '2022' }]);
    const starmer = holder('Keir Starmer', '2026-01-22', [{ title: 'Prime Minister', of: 'Q145', start: '2024-07-05' }]);
    closeOpenTermsAcrossSources([truss, starmer]);
    // A month's grace: the other source's date may be the successor's appointment, with the
    // predecessor governing until the handover.
    expect(truss.roles[0]!.endedBy).toBe('2024-08-05');
    // The bound cites the record that gives the successor's start.
    expect(truss.roles[0]!.endSource).toEqual({ source: 's', asOf: '2026-01-22' });
    expect(starmer.roles[0]!.endedBy).toBeUndefined();
    // A "successor" who began before the term's source still listed the holder is the holder under
    // another spelling; one known only to the year may be a rival claimant: neither ends the term.
    const hadi = holder('Abd Rabuh Mansur Hadi', '2021-10-21', [{ title: 'President', of: 'Q805', start: '2012-02-21' }]);
    const hadi2 = holder('Abdrabbuh Mansour Hadi', '2022-10-09', [{ title: 'President', of: 'Q805', start: '2012-02-27', end: '2022-04-07' }]);
    const dbeibeh = holder('Abdulhamid Dbeibeh', '2021-10-21', [{ title: 'Prime Minister', of: 'Q1016', start: '2021-02-05' }]);
    const bashagha = holder('Fathi Bashagha', '2022-10-09', [{ title: 'Prime Minister', of: 'Q1016', start: '2022' }]);
    closeOpenTermsAcrossSources([hadi, hadi2, dbeibeh, bashagha]);
    expect(hadi.roles[0]!.endedBy).toBeUndefined();
    expect(dbeibeh.roles[0]!.endedBy).toBeUndefined();
    // A ministry one person heads: Blinken's State Department is over by Rubio's start, though
    // Wikidata dates a handover a day apart on its two sides; a junior "Minister of State" is not.
    const blinken = holder('Antony Blinken', '2022-08-03', [{ title: 'Secretary of State', of: 'Q30', start: '2021-01-26' }]);
    const pompeo = holder('Mike Pompeo', '2022-08-03', [{ title: 'Secretary of State', of: 'Q30', start: '2018-04-26', end: '2021-01-20' }]);
    const tillerson = holder('Rex Tillerson', '2022-08-03', [{ title: 'Secretary of State', of: 'Q30', start: '2017-02-01', end: '2018-04-27' }]);
    const rubio = holder('Marco Rubio', '2026-12-03', [{ title: 'Secretary of State', of: 'Q30', start: '2025-01-21' }]);
    const junior = holder('A', '2022-07-23', [{ title: 'Minister of State for Trade', of: 'Q145', start: '2019-09-10' }]);
    const junior2 = holder('B', '2026-01-22', [{ title: 'Minister of State for Trade', of: 'Q145', start: '2024-07-05' }]);
    closeOpenTermsAcrossSources([blinken, pompeo, tillerson, rubio, junior, junior2]);
    expect(blinken.roles[0]!.endedBy).toBe('2025-02-21');
    expect(junior.roles[0]!.endedBy).toBeUndefined();
    // Two holders at once for months: deputies, however titled, prove nothing about each other.
    const d1 = holder('D1', '2022-07-23', [{ title: 'Minister for Europe', of: 'Q1', start: '2020-01-01', end: '2021-06-01' }]);
    const d2 = holder('D2', '2022-07-23', [{ title: 'Minister for Europe', of: 'Q1', start: '2021-01-01', end: '2022-01-01' }]);
    const d3 = holder('D3', '2022-07-23', [{ title: 'Minister for Europe', of: 'Q1', start: '2022-03-01' }]);
    const d4 = holder('D4', '2026-01-22', [{ title: 'Minister for Europe', of: 'Q1', start: '2024-07-05' }]);
    closeOpenTermsAcrossSources([d1, d2, d3, d4]);
    expect(d3.roles[0]!.endedBy).toBeUndefined();
    // One office under the spellings two sources give it.
    const austin = holder('Lloyd Austin', '2022-08-03', [{ title: 'Secretary of Defence', of: 'Q30', start: '2021-01-22' }]);
    const hegseth = holder('Pete Hegseth', '2026-12-03', [{ title: 'Secretary of Defense', of: 'Q30', start: '2025-01-25' }]);
    const franca = holder('Carlos França', '2022-07-23', [{ title: 'Minister of External Relations', of: 'Q155', start: '2021-03-29' }]);
    const vieira = holder('Mauro Vieira', '2026-12-03', [{ title: 'Minister of Foreign Affairs', of: 'Q155', start: '2023-01-01' }]);
    const scholz = holder('Olaf Scholz', '2022-08-03', [{ title: 'Federal Chancellor', of: 'Q183', start: '2021-12-08' }]);
    const merz = holder('Friedrich Merz', '2026-01-22', [{ title: 'Chancellor', of: 'Q183', start: '2025-05-06' }]);
    closeOpenTermsAcrossSources([austin, hegseth, franca, vieira, scholz, merz]);
    expect(austin.roles[0]!.endedBy).toBe('2025-02-25');
    expect(franca.roles[0]!.endedBy).toBe('2023-02-01');
    expect(scholz.roles[0]!.endedBy).toBe('2025-06-06');
    const { officeTitle } = await import('../../../scripts/data/lib/offices');
    expect(officeTitle('Foreign Minister')).toBe(officeTitle('Minister for Foreign Affairs'));
    expect(officeTitle('Minister of National Defense')).toBe(officeTitle('Minister of Defence'));
    expect(officeTitle('Minister of Economy and Finances')).toBe(officeTitle('Minister of Economy & Finance'));
    expect(officeTitle('Minister of State for Defence')).not.toBe(officeTitle('Minister of Defence'));
  });
});
