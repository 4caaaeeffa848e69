import { renewalReminderIcs } from '../../engine/ics';
import type { IsoDate } from '../../engine/time';
import { formatDate, stripRuby, useLang, useT } from '../../i18n';
import { CALENDAR_TYPE, downloadText } from '../ui/download';

/** The calendar file's name: the reminder's day, so two reminders never overwrite each other. */
export function icsFileName(opensOn: IsoDate): string {
  return `madoguchi-renewal-${opensOn}.ics`;
}

/** Downloads an .ics reminder for the day the renewal window opens (built on the device; nothing is sent). */
export function IcsButton(props: { opensOn: IsoDate; expiry: IsoDate }) {
  const t = useT('renewal');
  const lang = useLang();
  const download = () => {
    const text = renewalReminderIcs({
      opensOn: props.opensOn,
      expiry: props.expiry,
      // A calendar file is plain text: furigana markup keeps only its kanji.
      title: stripRuby(t('ics.title')),
      description: stripRuby(t('ics.description', { expiry: formatDate(props.expiry, lang), opens: formatDate(props.opensOn, lang) })),
      now: Date.now(),
    });
    downloadText(text, icsFileName(props.opensOn), CALENDAR_TYPE);
  };
  return (
    <button type="button" class="button button--secondary" onClick={download}>
      {t('ics.button')}
    </button>
  );
}
