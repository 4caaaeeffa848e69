import type { ProcedureId } from '../../cities/vocabulary';
import { useT } from '../../i18n';
import { MaintenanceNote } from './CityNotes';
import { CityLinks } from './CityLinks';

/** /counters without a city: the cities to choose from, and the rules that hold at every counter (reads without JS). */
export function CityChooser(props: { procedure: ProcedureId | null }) {
  const t = useT(['counters', 'common']);
  return (
    <>
      <h1>{t('common:routes.counters.title')}</h1>
      <p>{t('chooser.intro')}</p>
      <h2 id="choose-city">{t('chooser.heading')}</h2>
      <CityLinks procedure={props.procedure} />
      <section aria-labelledby="everywhere-heading" class="notes">
        <h2 id="everywhere-heading">{t('chooser.everywhere')}</h2>
        <h3>{t('notes.maintenanceHeading')}</h3>
        <MaintenanceNote today={null} />
        <h3>{t('notes.yearEndHeading')}</h3>
        <p>{t('chooser.yearEnd')}</p>
        <h3>{t('notes.crowdedHeading')}</h3>
        <p>{t('chooser.crowded')}</p>
        <p>{t('chooser.live')}</p>
      </section>
    </>
  );
}
