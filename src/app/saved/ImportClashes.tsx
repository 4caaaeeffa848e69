import { DateText, useT } from '../../i18n';
import { jstDateOf } from '../../engine/time';
import type { ClashResolution, ImportPlan, SavedPerson } from '../../storage';
import { useChecklistWords } from './PersonCard';
import { sentence, type Translate } from '../ui/sentence';

const RESOLUTIONS: readonly ClashResolution[] = ['keep-both', 'replace', 'skip'];

/**
 * One question per imported person whose id or name is taken: keep both, replace the one saved person that the
 * import would replace (named in the choice), or skip. Another saved person with the same name is shown, and
 * said to stay untouched.
 */
export function ImportClashes(props: {
  plan: ImportPlan;
  choices: Record<string, ClashResolution>;
  missing: boolean;
  onChoose: (id: string, choice: ClashResolution) => void;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
}) {
  const t = useT('saved');
  const words = useChecklistWords();
  const line = (key: 'saved' | 'incoming', p: SavedPerson) => {
    const w = words(p);
    return sentence(t as unknown as Translate, `import.clash.${key}`, { date: <DateText iso={jstDateOf(p.updatedAt)} /> }, {
      label: p.label,
      what: `${w.what} / ${w.who}`,
    });
  };
  return (
    <form class="saved-clashes" onSubmit={props.onSubmit} data-import-clashes="">
      <h4>{t('import.clashes.heading')}</h4>
      <p>{t('import.clashes.intro', { count: props.plan.clashes.length })}</p>
      {props.missing ? (
        <p class="saved-error" role="alert">
          {t('import.error.unresolved')}
        </p>
      ) : null}
      {props.plan.clashes.map((clash) => {
        const id = clash.incoming.id;
        return (
          <fieldset class="saved-clash" key={id} data-clash-label={clash.incoming.label}>
            <legend>{t('import.clash.legend', { label: clash.incoming.label })}</legend>
            <ul class="saved-clash__compare">
              <li>{line('saved', clash.target)}</li>
              <li>{line('incoming', clash.incoming)}</li>
              {clash.namesake ? <li data-clash-namesake="">{t('import.clash.namesake', { label: clash.namesake.label })}</li> : null}
            </ul>
            {RESOLUTIONS.map((choice) => (
              <label class="saved-choice" key={choice}>
                <input
                  type="radio"
                  name={`clash-${id}`}
                  value={choice}
                  checked={props.choices[id] === choice}
                  onChange={() => props.onChoose(id, choice)}
                />
                <span>{choice === 'replace' ? t('import.clash.replaceTarget', { label: clash.target.label }) : t(`import.clash.${choice}`)}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <div class="saved-person__actions">
        <button type="submit" class="button">
          {t('import.apply')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
