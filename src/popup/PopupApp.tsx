// The toolbar popup: the current article's cast, the site switch, and the way to force a page
// that detection missed. Talks to the tab's content script and to the background.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../shared/client';
import type { CastView } from '../shared/messages';
import { pageClient } from '../shared/page-client';
import { siteStatus, switchSite, type Settings, type SiteStatus } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { CastList } from '../ui/CastPanel';
import { t } from '../ui/i18n';
import '../ui/page.css';

type View = { kind: 'loading' } | { kind: 'unreachable' } | { kind: 'page'; cast: CastView };

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | undefined>();
  const [summaries, setSummaries] = useState<Record<string, string>>({});
  const [count, setCount] = useState<number | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void callBackground('getDatasetInfo', {}).then((r) => r.ok && setCount(r.value.entities));
    void activeTabId().then(async (id) => {
      setTabId(id);
      if (id === undefined) return setView({ kind: 'unreachable' });
      const r = await pageClient(id)('getCast', {});
      setView(r.ok ? { kind: 'page', cast: r.value } : { kind: 'unreachable' });
    });
  }, []);

  const cast = view.kind === 'page' ? view.cast : undefined;
  useEffect(() => {
    if (!cast?.entries.length) return;
    void Promise.all(
      cast.entries.map(async (e) => {
        const r = await callBackground('getEntity', { id: e.entity.id, ...(cast.published ? { asOf: cast.published } : {}) });
        return [e.entity.id, r.ok ? r.value.summary?.value : undefined] as const;
      }),
    ).then((pairs) => setSummaries(Object.fromEntries(pairs.filter((p): p is readonly [string, string] => !!p[1]))));
  }, [cast]);

  const forceArticle = async () => {
    if (tabId === undefined) return;
    setView({ kind: 'loading' });
    const r = await pageClient(tabId)('treatAsArticle', {});
    setView(r.ok ? { kind: 'page', cast: r.value } : { kind: 'unreachable' });
  };
  const showEntity = async (id: string) => {
    if (tabId !== undefined) await pageClient(tabId)('showEntity', { id });
    window.close();
  };
  const toggleSite = async (site: string, on: boolean) => {
    if (!settings) return;
    setSettings(await saveSettings(switchSite(settings, site, on)));
  };
  const open = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());

  const site = cast?.site;
  const status = site && settings ? siteStatus(settings, site) : undefined;
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      {site && status && (
        <>
          <label class="row">
            {/* Off for a reason the switch cannot change here: it says why instead of pretending. */}
            <input type="checkbox" checked={status.active} disabled={!switchable(status, site)} aria-describedby={switchable(status, site) ? undefined : 'site-note'} onChange={(e) => void toggleSite(site, e.currentTarget.checked)} />
            {t('popupSiteOn', site)}
          </label>
          {!switchable(status, site) && <p id="site-note" class="muted small">{siteNote(status)}</p>}
        </>
      )}
      <Status view={view} siteOn={!!status?.active} summaries={summaries} onSelect={showEntity} onForce={forceArticle} />
      <nav class="links">
        {tabId !== undefined && cast?.state === 'ready' && <button type="button" class="link" onClick={() => open(`trainer.html?tab=${tabId}`)}>{t('popupOpenTrainer')}</button>}
        <button type="button" class="link" onClick={() => open('demo/article.html')}>{t('popupOpenDemo')}</button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>{t('openOptions')}</button>
      </nav>
      {count !== undefined && <p class="muted small">{t('popupDataset', count.toLocaleString())}</p>}
    </main>
  );
}

/** Switched off for the whole extension, or for a parent domain: changed in settings, not per site. */
const switchable = (status: SiteStatus, site: string) => status.why !== 'disabled' && !(status.why === 'denied' && status.by !== site);

function siteNote(status: SiteStatus): string {
  return status.why === 'denied' ? t('popupSiteOffByParent', status.by) : t('popupSwitchedOff');
}

type StatusProps = { view: View; siteOn: boolean; summaries: Record<string, string>; onSelect(id: string): void; onForce(): void };

function Status({ view, siteOn, summaries, onSelect, onForce }: StatusProps) {
  if (view.kind === 'loading') return <p class="muted" role="status">{t('popupScanning')}</p>;
  const force = <button type="button" onClick={onForce}>{t('popupTreatAsArticle')}</button>;
  if (view.kind === 'unreachable') return <div role="status"><p>{t('popupNotArticle')}</p>{force}</div>;
  const { cast } = view;
  switch (cast.state) {
    // The page answered before the reader switched the site on here; its script starts on its own.
    case 'inactive': return <p role="status">{t(siteOn ? 'popupSwitchedOn' : 'popupInactive')}</p>;
    case 'scanning': return <p class="muted" role="status">{t('popupScanning')}</p>;
    case 'error': return <p role="status">{t('popupError')}</p>;
    case 'not-article': return <div role="status"><p>{t('popupNotArticle')}</p>{force}</div>;
    case 'ready':
      return (
        <section aria-label={t('popupCastHeading')}>
          {cast.headline && <p class="headline">{cast.headline}</p>}
          <CastList entries={cast.entries} unknown={cast.unknown} summaries={summaries} onSelect={onSelect} />
        </section>
      );
  }
}
