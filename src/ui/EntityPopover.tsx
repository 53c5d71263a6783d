// The popover's content: a pure view, one render per state. The shell around it (shadow root,
// placement, hover intent) lives in src/content/popover-host.ts.
import type { Basis } from '../core/resolve/basis';
import type { EntityCard } from '../shared/messages';
import { formatDate } from '../shared/cast';
import { FactList } from './FactList';
import { t } from './i18n';
import { TYPE_LABEL } from './labels';
import { explainBasis } from './reason';
import { anyLinked, SourceList } from './SourceList';
import { provenanceText } from '../shared/provenance';

export type PopoverState = { kind: 'loading' } | { kind: 'ready'; card: EntityCard } | { kind: 'error' };

/** A "not this" correction made from this popover ('made', offering undo) or taken back ('undone'). */
export type Correction = 'made' | 'undone';

export type PopoverProps = {
  state: PopoverState;
  mention: { text: string; basis: Basis; chosenOver?: number | undefined; name: string; type: EntityCard['type'] };
  articleDate?: string;
  pinned: boolean;
  copied: boolean;
  titleId: string;
  correction?: Correction;
  onNotThis(): void;
  onUndo(): void;
  onPin(): void;
  onCopy(): void;
  onClose(): void;
};

const NOT_THIS = { person: 'popoverNotThisPerson', organization: 'popoverNotThisOrganization', country: 'popoverNotThisCountry', place: 'popoverNotThisPlace' } as const;

export function EntityPopover(props: PopoverProps) {
  const { state, mention } = props;
  return (
    <div class="card">
      <div class="head">
        <span class={`badge ${mention.type}`}>{t(TYPE_LABEL[mention.type])}</span>
        <h2 id={props.titleId}><bdi>{mention.name}</bdi></h2>
        <div class="tools">
          <button type="button" aria-pressed={props.pinned} onClick={props.onPin}>{t(props.pinned ? 'popoverUnpin' : 'popoverPin')}</button>
          <button type="button" onClick={props.onCopy} disabled={state.kind !== 'ready'}>{t(props.copied ? 'popoverCopied' : 'popoverCopy')}</button>
          <button type="button" class="close" aria-label={t('popoverClose')} onClick={props.onClose}>×</button>
        </div>
      </div>
      {/* Present from the first render, so screen readers announce what a correction did. */}
      <p class="notice" role="status">{noticeOf(props.correction, mention)}</p>
      {props.correction === 'made' ? (
        <button type="button" class="undo" onClick={props.onUndo}>{t('popoverUndo')}</button>
      ) : (
        <>
          {state.kind === 'loading' && <p class="muted" role="status">{t('popoverLoading')}</p>}
          {state.kind === 'error' && <p class="muted" role="status">{t('popoverError')}</p>}
          {state.kind === 'ready' && <CardBody card={state.card} articleDate={props.articleDate} />}
          <p class="why">{t('popoverWhy', explainBasis(mention.basis, mention.chosenOver, mention.text, mention.name))}</p>
          <button type="button" class="not-this" onClick={props.onNotThis}>{t(NOT_THIS[mention.type])}</button>
        </>
      )}
    </div>
  );
}

function noticeOf(correction: Correction | undefined, mention: PopoverProps['mention']): string {
  if (correction === 'made') return t('popoverCorrected', [mention.text, mention.name]);
  if (correction === 'undone') return t('popoverCorrectionUndone', [mention.text, mention.name]);
  return '';
}

function CardBody({ card, articleDate }: { card: EntityCard; articleDate?: string }) {
  return (
    <>
      {card.summary && <FactList facts={[{ ...card.summary, label: t('popoverSummary') }]} sources={card.sources} />}
      <section>
        <h3>{articleDate ? t('popoverAtTime', formatDate(articleDate)) : t('popoverNow')}</h3>
        <FactList facts={card.facts} sources={card.sources} />
      </section>
      {articleDate && (
        <section class="since">
          <h3>{t('popoverSince')}</h3>
          {card.since.length ? <FactList facts={card.since} sources={card.sources} /> : <p class="muted">{t('popoverNothingSince')}</p>}
        </section>
      )}
      {anyLinked(card.sources) && (
        <details class="sources">
          <summary>{t('popoverSourcesHeading')}</summary>
          <SourceList sources={card.sources} />
        </details>
      )}
    </>
  );
}

/** Plain text of a card for the clipboard: what the popover shows, in its words and with its citations. */
export function cardAsText(card: EntityCard, articleDate?: string): string {
  const nameOf = (id: string) => card.sources.find((s) => s.id === id)?.name ?? id;
  const line = (f: EntityCard['facts'][number]) => `- ${f.label}: ${f.value} (${provenanceText(f, nameOf, t)})`;
  const parts = [card.name, ...(card.summary ? [card.summary.value] : [])];
  parts.push(`${articleDate ? t('popoverAtTime', formatDate(articleDate)) : t('popoverNow')}:`, ...card.facts.map(line));
  if (articleDate && card.since.length) parts.push(`${t('popoverSince')}:`, ...card.since.map(line));
  return parts.join('\n');
}
