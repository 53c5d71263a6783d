// The trainer view: an article's cast as a presentation for a projector. One actor per slide
// (name, type, summary), facts revealed one at a time by keyboard or buttons, and the export of a
// printable context sheet. Reads the cast from the article's tab and the facts from the background.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { slug } from '../core/packs/ids';
import { formatDate } from '../shared/cast';
import { callBackground } from '../shared/client';
import type { CastView, EntityCard, FactView } from '../shared/messages';
import { pageClient } from '../shared/page-client';
import { provenanceText } from '../shared/provenance';
import { t } from '../ui/i18n';
import { TYPE_LABEL } from '../ui/labels';
import { anyLinked, SourceList } from '../ui/SourceList';
import { saveTextFile } from '../options/download';
import { contextSheetHtml } from './sheet';
import { KEY_STEPS, type Position, START, type Slide, slidesOf, step, type Step } from './slides';
import './trainer.css';

type View = { kind: 'message'; text: string } | { kind: 'ready'; cast: CastView; cards: EntityCard[]; slides: Slide[] };

async function loadView(tabId: number): Promise<View> {
  const cast = await pageClient(tabId)('getCast', {});
  if (!cast.ok || cast.value.state !== 'ready') return { kind: 'message', text: t('trainerNotReady') };
  const asOf = cast.value.published ? { asOf: cast.value.published } : {};
  const cards = (await Promise.all(cast.value.entries.map((e) => callBackground('getEntity', { id: e.entity.id, ...asOf })))).flatMap((r) => (r.ok ? [r.value] : []));
  if (!cards.length) return { kind: 'message', text: t('trainerEmpty') };
  return { kind: 'ready', cast: cast.value, cards, slides: slidesOf(cards) };
}

/** Keys typed into a control are the control's: Space and Enter press a focused button. */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof HTMLElement && (key === ' ' || key === 'Enter') && !!target.closest('button, a, input, select, textarea');

export function TrainerApp() {
  const [view, setView] = useState<View>({ kind: 'message', text: t('trainerLoading') });
  const [position, setPosition] = useState<Position>(START);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = t('trainerHeading');
    const tab = Number(new URLSearchParams(location.search).get('tab'));
    if (!Number.isInteger(tab) || tab < 0) return setView({ kind: 'message', text: t('trainerNoTab') });
    void loadView(tab).then(setView, () => setView({ kind: 'message', text: t('trainerNotReady') }));
  }, []);

  const slides = view.kind === 'ready' ? view.slides : [];
  const go = (s: Step) => setPosition((p) => step(slides, p, s));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = KEY_STEPS[e.key];
      if (!s || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      go(s);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides]);

  if (view.kind === 'message') return <main class="trainer"><h1 class="message">{t('trainerHeading')}</h1><p class="message" role="status">{view.text}</p></main>;

  const { cast, cards } = view;
  const slide = slides[position.index]!;
  const exportSheet = () => {
    const html = contextSheetHtml({ headline: cast.headline, published: cast.published, site: cast.site, cards, generated: new Date().toISOString().slice(0, 10), lang: browser.i18n.getUILanguage() }, t);
    const fileName = `context-sheet-${slug(cast.headline ?? '') || 'article'}.html`;
    saveTextFile(document, fileName, html, 'text/html');
    setStatus(t('trainerExported', fileName));
  };
  return (
    <main class="trainer">
      <header class="bar">
        <p class="article">
          {cast.headline && <bdi>{cast.headline}</bdi>}
          {cast.published && <span> · {formatDate(cast.published)}</span>}
        </p>
        <nav class="controls" aria-label={t('trainerHeading')}>
          <button type="button" onClick={() => go('previous')}>{t('trainerPrevious')}</button>
          <button type="button" onClick={() => go('next')}>{t('trainerNext')}</button>
          <button type="button" onClick={exportSheet}>{t('trainerExport')}</button>
        </nav>
      </header>
      <SlideView slide={slide} revealed={position.revealed} published={cast.published} />
      <footer class="bar">
        <p>{t('trainerProgress', [String(position.index + 1), String(slides.length)])} · {t('trainerFactProgress', [String(position.revealed), String(slide.facts.length)])}</p>
        <p class="keys">{t('trainerKeys')}</p>
        <p role="status" class="status">{status}</p>
      </footer>
    </main>
  );
}

export function SlideView({ slide, revealed, published }: { slide: Slide; revealed: number; published?: string }) {
  const { card } = slide;
  const shown = slide.facts.slice(0, revealed);
  const at = shown.filter((f) => f.when === 'at');
  const since = shown.filter((f) => f.when === 'since');
  const latest = shown[shown.length - 1];
  return (
    <section class={`slide ${card.type}`} aria-labelledby="slide-name" aria-roledescription="slide">
      <h1 id="slide-name"><bdi>{card.name}</bdi></h1>
      <p class="type">{t(TYPE_LABEL[card.type])}</p>
      {card.summary && <p class="summary"><bdi>{card.summary.value}</bdi><Provenance fact={card.summary} sources={card} /></p>}
      {slide.facts.length === 0 && <p class="note">{t('trainerNoFacts')}</p>}
      {at.length > 0 && <Facts heading={published ? t('popoverAtTime', formatDate(published)) : t('popoverNow')} facts={at} sources={card} />}
      {since.length > 0 && <Facts heading={t('popoverSince')} facts={since} sources={card} />}
      {anyLinked(card.sources) && (
        <footer class="sources">
          <h2>{t('popoverSourcesHeading')}</h2>
          <SourceList sources={card.sources} />
        </footer>
      )}
      {/* Says the newly revealed fact aloud for screen-reader users; the list shows it to the room. */}
      <p class="sr-only" aria-live="polite">{latest ? `${latest.label}: ${latest.value}` : ''}</p>
    </section>
  );
}

function Facts({ heading, facts, sources }: { heading: string; facts: FactView[]; sources: Pick<EntityCard, 'sources'> }) {
  return (
    <>
      <h2>{heading}</h2>
      <ul class="facts">
        {facts.map((f, i) => (
          <li key={i}><span class="label">{f.label}:</span> <bdi>{f.value}</bdi><Provenance fact={f} sources={sources} /></li>
        ))}
      </ul>
    </>
  );
}

function Provenance({ fact, sources }: { fact: Pick<FactView, 'source' | 'asOf' | 'endSource'>; sources: Pick<EntityCard, 'sources'> }) {
  const nameOf = (id: string) => sources.sources.find((s) => s.id === id)?.name ?? id;
  return <span class="provenance">{provenanceText(fact, nameOf, t)}</span>;
}
