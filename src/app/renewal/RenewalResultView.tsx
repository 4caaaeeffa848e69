import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { DateText, useT } from '../../i18n';
import { ROUTES } from '../routes';
import { linkWithLang } from '../counters/text';
import { IcsButton } from './IcsButton';
import type { RenewalResult } from './renewal-query';
import { sentence } from '../ui/sentence';
import { JaName } from '../ui/JaName';
import { StatusIcon } from '../ui/StatusIcon';

function Days(props: { result: RenewalResult }) {
  const t = useT('renewal');
  const s = props.result.state;
  return (
    <dl class="facts renewal-facts">
      <dt>{t('result.expiryLabel')}</dt>
      <dd>
        <DateText iso={s.expiry} weekday />
      </dd>
      {/* Nothing to renew when the certificates end with the card: no renewal window to count down to. */}
      {!props.result.endsWithCard && (
        <>
          <dt>{t('result.untilOpenLabel')}</dt>
          <dd>
            {s.state === 'not-yet'
              ? t('result.inDays', { count: s.daysUntilOpen })
              : s.state === 'open'
                ? t('result.alreadyOpen')
                : t('result.windowPassed')}
          </dd>
        </>
      )}
      <dt>{t('result.untilExpiryLabel')}</dt>
      <dd>
        {s.daysUntilExpiry > 0
          ? t('result.inDays', { count: s.daysUntilExpiry })
          : s.daysUntilExpiry === 0
            ? t('result.lastDay')
            : t('result.daysAgo', { count: -s.daysUntilExpiry })}
      </dd>
    </dl>
  );
}

function CardNote(props: { result: RenewalResult }) {
  const t = useT('renewal');
  const card = props.result.card;
  if (!card) return null;
  return (
    <section class="callout" aria-labelledby="card-heading">
      <h3 id="card-heading">{t('card.heading')}</h3>
      <p>{sentence(t, card.years === 10 ? 'card.ten' : 'card.five', { date: <DateText iso={card.expiry} weekday /> })}</p>
      <p>{t('card.newApplication')}</p>
      {props.result.endsWithCard && <p>{sentence(t, 'card.certsEndWithCard', { date: <DateText iso={card.expiry} /> })}</p>}
      {card.uncertain && <p>{t('card.uncertain')}</p>}
      <p class="small">{t('card.assumption')}</p>
    </section>
  );
}

function Grace(props: { result: RenewalResult }) {
  const t = useT('renewal');
  const g = props.result.grace;
  return (
    <section aria-labelledby="grace-heading">
      <h3 id="grace-heading">
        {sentence(t, 'grace.heading', {
          term: (
            <JaName class="nowrap" text={t('grace.term')} />
          ),
        })}
      </h3>
      <p>{t('grace.intro')}</p>
      <ul>
        <li>{sentence(t, 'grace.endOfThirdMonth', { date: <DateText iso={g.endOfThirdMonth} weekday /> })}</li>
        <li>{sentence(t, 'grace.threeMonths', { date: <DateText iso={g.threeMonthsFromExpiry} weekday /> })}</li>
      </ul>
      <p>
        <strong>
          {g.endOfThirdMonth === g.threeMonthsFromExpiry
            ? sentence(t, 'grace.same', { date: <DateText iso={g.safer} weekday /> })
            : sentence(t, 'grace.safer', { date: <DateText iso={g.safer} weekday /> })}
        </strong>
      </p>
    </section>
  );
}

/**
 * The answer: when renewal opens, how long until then and until expiry, what to do now, the card and insurance notes;
 * `caveat` (a warning about these dates) goes under its heading, inside the answer, so the answer starts where the
 * question it replaces started.
 */
export function RenewalResultView(props: { result: RenewalResult; lang: string | undefined; focus: boolean; caveat?: ComponentChildren }) {
  const t = useT('renewal');
  const link = linkWithLang(props.lang);
  const { result } = props;
  const s = result.state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the form is sent (not on a shared link's first load), bring the answer into view and to screen readers.
    if (props.focus) headingRef.current?.focus();
  }, [props.focus, result.expiry]);
  const newCard = result.endsWithCard;
  return (
    // A card whose certificates end with it has nothing to renew: never the green "open" above "re-apply instead".
    <section class={`renewal-result state--${newCard ? 'new-card' : s.state}`} aria-labelledby="result-heading" data-state={newCard ? 'new-card' : s.state}>
      <h2 id="result-heading" tabIndex={-1} ref={headingRef}>
        {t('result.heading')}
      </h2>
      {props.caveat}
      <p class="headline">
        {newCard
          ? sentence(t, 'result.cardExpires', { date: <DateText iso={s.expiry} weekday /> })
          : sentence(t, 'result.opens', { date: <DateText iso={s.opensOn} weekday /> })}
      </p>
      <Days result={result} />
      <div class="state-box">
        <p class="state-box__label">
          <StatusIcon status={newCard ? 'expired' : s.state} />
          <strong>{t(newCard ? 'state.newCardLabel' : `state.${s.state}.label`)}</strong>
        </p>
        {newCard ? (
          <p>{t(s.state === 'expired' ? 'state.newCardExpired' : 'state.newCard')}</p>
        ) : (
          <p>
            {sentence(t, `state.${s.state}.todo`, {
              opens: <DateText iso={s.opensOn} weekday />,
              expiry: <DateText iso={s.expiry} weekday />,
            })}
          </p>
        )}
        {s.state === 'not-yet' && !newCard && (
          <>
            <p>{t('state.not-yet.notice')}</p>
            <IcsButton opensOn={s.opensOn} expiry={s.expiry} />
          </>
        )}
        {s.state === 'expired' && !newCard && <p>{t('state.expired.stillId')}</p>}
        {s.state !== 'not-yet' && (
          <ul class="next-steps">
            <li>
              <a href={link(ROUTES.counters, { procedure: 'renewal' })}>{t('state.counters')}</a>
            </li>
            <li>
              <a href={link(ROUTES.checklist, { procedure: 'renewal' })}>{t(newCard ? 'state.checklistNewCard' : 'state.checklist')}</a>
            </li>
          </ul>
        )}
      </div>
      <CardNote result={result} />
      <Grace result={result} />
    </section>
  );
}
