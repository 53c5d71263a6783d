// Dataset packs on the options page: import a file (the background checks it; an invalid one
// changes nothing and its problems are listed), and for each stored pack its counts, an on/off
// switch, export and delete.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PACK_CHARS, type PackIssue, type PackSummary, sizeIssue } from '../core/packs/schema';
import { formatDate } from '../shared/cast';
import { callBackground } from '../shared/client';
import { t } from '../ui/i18n';
import { saveTextFile } from './download';

type Outcome = { kind: 'none' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'rejected'; fileName: string; issues: PackIssue[] };

const failed = (error: { message: string }): Outcome => ({ kind: 'done', text: t('packsFailed', error.message) });

export function PacksSection() {
  const [packs, setPacks] = useState<PackSummary[] | undefined>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  const issuesHeading = useRef<HTMLParagraphElement>(null);

  const refresh = async () => {
    const r = await callBackground('listPacks', {});
    if (r.ok) setPacks(r.value.packs);
    else setOutcome(failed(r.error));
  };
  useEffect(() => void refresh(), []);
  // Errors take focus, so a keyboard or screen-reader user lands on what to fix.
  useEffect(() => {
    if (outcome.kind === 'rejected') issuesHeading.current?.focus();
  }, [outcome]);

  const importFile = async (file: File) => {
    setOutcome({ kind: 'busy', text: t('packsImporting', file.name) });
    const text = await file.text();
    if (text.length > MAX_PACK_CHARS) return setOutcome({ kind: 'rejected', fileName: file.name, issues: [sizeIssue(text.length)] });
    const r = await callBackground('importPack', { fileName: file.name, text });
    if (!r.ok) return setOutcome(failed(r.error));
    const { pack, replaced, issues } = r.value;
    if (!pack) return setOutcome({ kind: 'rejected', fileName: file.name, issues });
    setOutcome({ kind: 'done', text: t(replaced ? 'packsReplaced' : 'packsImported', [pack.name, String(pack.entities)]) });
    await refresh();
  };
  const onPick = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so picking the same file again (after fixing it) imports it again.
    input.value = '';
    if (file) void importFile(file);
  };
  const setEnabled = async (pack: PackSummary, enabled: boolean) => {
    const r = await callBackground('setPackEnabled', { id: pack.id, enabled });
    if (r.ok) setPacks(r.value.packs);
    else setOutcome(failed(r.error));
  };
  const remove = async (pack: PackSummary) => {
    const r = await callBackground('deletePack', { id: pack.id });
    if (!r.ok) return setOutcome(failed(r.error));
    setPacks(r.value.packs);
    setOutcome({ kind: 'done', text: t('packsDeleted', pack.name) });
    fileInput.current?.focus();
  };
  const exportPack = async (pack: PackSummary) => {
    const r = await callBackground('exportPack', { id: pack.id });
    if (r.ok) saveTextFile(document, r.value.fileName, r.value.text, 'application/json');
    else setOutcome(failed(r.error));
  };

  return (
    <section aria-labelledby="packs-heading" class="packs">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <nav class="links" aria-label={t('packsFormat')}>
        <a href="packs/sample-pack.json" download>{t('packsSampleJson')}</a>
        <a href="packs/sample-pack.csv" download>{t('packsSampleCsv')}</a>
        <a href="packs/format.txt" target="_blank" rel="noopener">{t('packsFormat')}</a>
      </nav>
      <div class="import">
        <label for="pack-file">{t('packsImport')}</label>
        <input id="pack-file" ref={fileInput} type="file" accept=".json,.csv,application/json,text/csv" onChange={onPick} />
      </div>
      <div role="status" aria-live="polite" class="status">{outcome.kind === 'busy' || outcome.kind === 'done' ? outcome.text : ''}</div>
      {outcome.kind === 'rejected' && <IssueList fileName={outcome.fileName} issues={outcome.issues} headingRef={issuesHeading} />}

      <h3>{t('packsListHeading')}</h3>
      {packs && packs.length === 0 && <p class="muted">{t('packsNone')}</p>}
      {packs && packs.length > 0 && (
        <ul class="pack-list">
          {packs.map((p) => (
            <li key={p.id} class={p.enabled ? 'pack' : 'pack off'}>
              <div class="pack-head">
                <strong id={`pack-${p.id}`}><bdi>{p.name}</bdi></strong>
                <label class="row">
                  <input type="checkbox" checked={p.enabled} aria-describedby={`pack-${p.id}`} onChange={(e) => void setEnabled(p, e.currentTarget.checked)} />
                  {t('packsEnabled')}
                </label>
              </div>
              <p class="small">{t('packsCounts', [String(p.entities), String(p.added), String(p.extended), String(p.sources)])}</p>
              <p class="small muted">{t('packsMeta', [p.version, formatDate(p.importedAt), p.fileName])}</p>
              <div class="row">
                <button type="button" aria-label={t('packsExportLabel', p.name)} onClick={() => void exportPack(p)}>{t('packsExport')}</button>
                <button type="button" aria-label={t('packsDeleteLabel', p.name)} onClick={() => void remove(p)}>{t('packsDelete')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IssueList({ fileName, issues, headingRef }: { fileName: string; issues: PackIssue[]; headingRef: RefObject<HTMLParagraphElement | null> }) {
  return (
    <div class="issues" role="alert">
      <p tabIndex={-1} ref={headingRef} class="error">{t('packsRejected', fileName)}</p>
      <table>
        <thead>
          <tr><th scope="col">{t('packsIssueWhere')}</th><th scope="col">{t('packsIssueExpected')}</th><th scope="col">{t('packsIssueFound')}</th></tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}><td><code>{issue.where}</code></td><td>{issue.expected}</td><td><code>{issue.found}</code></td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
