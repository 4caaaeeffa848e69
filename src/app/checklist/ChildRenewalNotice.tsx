import { isChildRenewal } from '../../engine/child-renewal';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';

/**
 * At the top of a legal representative's renewal checklist: for a child this is a new card application, not a
 * renewal, and a child under 15 gets no signature certificate (issue 20.2; domain §1, §7). Shown until the answers
 * say the person is an adult ward.
 */
export function ChildRenewalNotice(props: { query: ChecklistQuery }) {
  const t = useT('checklist');
  const { query } = props;
  if (!isChildRenewal(query.procedure, query.applicant, query.answers)) return null;
  return (
    <section class="cl-child-renewal" role="note" aria-labelledby="cl-child-renewal-title" data-notice="child-renewal">
      <h2 id="cl-child-renewal-title">{t('childRenewal.title')}</h2>
      <p>{t('childRenewal.body')}</p>
      <p>{t(query.answers.dependent === 'child' ? 'childRenewal.next' : 'childRenewal.wardNext')}</p>
    </section>
  );
}
