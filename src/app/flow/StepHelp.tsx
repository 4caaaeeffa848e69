import { cities } from '../../cities/registry';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';
import { buildHref, ROUTES } from '../routes';
import { isFactStep, type QuestionStep } from './flow-steps';
import { HELP_PINS, flowNamespaces, pinFacts, pinName } from './step-text';
import { JaTerm } from '../ui/JaTerm';

function Paragraphs(props: { lines: unknown }) {
  const lines = Array.isArray(props.lines) ? (props.lines as string[]) : [String(props.lines)];
  return (
    <>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

/** The four PINs: name, Japanese name, format and lock rule (no PIN is ever asked for). */
function PinList() {
  const t = useT(flowNamespaces(cities.ids));
  return (
    <ul class="flow-pins">
      {HELP_PINS.map((id) => {
        const name = pinName(t, id);
        return (
          <li key={id}>
            <strong>{name.label}</strong>
            <JaTerm ja={name.ja} />
            <br />
            {pinFacts(t, id)}
          </li>
        );
      })}
    </ul>
  );
}

/** "I'm not sure" help under a question, where a resident may not know the answer; null where none is needed. */
export function StepHelp(props: { step: QuestionStep; query: ChecklistQuery; lang: string | undefined }) {
  const t = useT(flowNamespaces(cities.ids));
  const { step } = props;
  let summary: string;
  let body;
  if (step === 'pin' || step === 'current-pin') {
    summary = t('flow:pin.help.summary');
    body = (
      <>
        <p>{t('flow:pin.help.intro')}</p>
        <PinList />
        <p>{t('flow:pin.help.noTimeout')}</p>
      </>
    );
  } else if (step === 'applicant') {
    summary = t('flow:applicant.help.summary');
    body = <Paragraphs lines={t('flow:applicant.help.body', { returnObjects: true })} />;
  } else if (step === 'certs-valid') {
    summary = t('flow:certs-valid.help.summary');
    body = (
      <>
        <Paragraphs lines={t('flow:certs-valid.help.body', { returnObjects: true })} />
        <p>
          <a href={buildHref(ROUTES.renewal, { lang: props.lang })}>{t('flow:certs-valid.help.link')}</a>
        </p>
      </>
    );
  } else if (isFactStep(step)) {
    summary = t(`flow:facts.${step}.help.summary`);
    body = <Paragraphs lines={t(`flow:facts.${step}.help.body`, { returnObjects: true })} />;
  } else {
    return null;
  }
  return (
    <details class="help">
      <summary>{summary}</summary>
      <div class="help__body">{body}</div>
    </details>
  );
}
