import { useI18n } from '../i18n/i18n';
import { LoggedActor, LoggedRecord, ServiceLogPage } from './service-log';

/** What the page reads of libs/service-kit PersonalDataAccessRowDto. */
interface AccessRow {
  at: string;
  subject: string;
  roles: string[];
  recordKind: string;
  recordId: string;
  route: string;
  clientAddress?: string;
}

/**
 * The leader reads who opened records holding citizens' personal data, which ones, when and
 * from where: the commune answers for every reading of its citizens' data.
 */
export function PersonalDataAccessPage() {
  const { t } = useI18n();
  return (
    <ServiceLogPage<AccessRow>
      path="/v1/personal-data-access"
      title="accessLogTitle"
      intro="accessLogIntro"
      rowsHeadingId="access-rows"
      columns={[
        {
          header: t('accessWho'),
          cell: (row) => <LoggedActor account={row.subject} roles={row.roles} />,
        },
        {
          header: t('auditRecord'),
          cell: (row) => <LoggedRecord kind={row.recordKind} id={row.recordId} />,
        },
        { header: t('accessRoute'), className: 'code', cell: (row) => row.route },
        { header: t('accessFrom'), cell: (row) => row.clientAddress ?? '—' },
      ]}
    />
  );
}
