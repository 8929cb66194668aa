import { useI18n } from '../i18n/i18n';
import { LoggedActor, LoggedRecord, ServiceLogPage } from './service-log';

/** What the page reads of libs/audit AuditTrailRow. */
interface AuditTrailRow {
  at: string;
  actor: string;
  roles: string[];
  action: string;
  changes: { field: string; from?: string; to?: string }[];
  recordType: string;
  recordId: string;
}

/** A changed value as the trail keeps it (JSON text), cut to what a table cell can hold. */
function shown(value: string | undefined): string {
  if (value === undefined) {
    return '—';
  }
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

/** The leader reads who changed which record of the commune, what, and when. */
export function AuditTrailPage() {
  const { t } = useI18n();
  return (
    <ServiceLogPage<AuditTrailRow>
      path="/v1/audit-trail"
      title="auditTrailTitle"
      intro="auditTrailIntro"
      rowsHeadingId="audit-rows"
      columns={[
        {
          header: t('auditWho'),
          cell: (row) => <LoggedActor account={row.actor} roles={row.roles} />,
        },
        { header: t('auditAction'), className: 'code', cell: (row) => row.action },
        {
          header: t('auditRecord'),
          cell: (row) => <LoggedRecord kind={row.recordType} id={row.recordId} />,
        },
        {
          header: t('auditChanges'),
          cell: (row) => (
            <ul className="changes">
              {row.changes.map((change) => (
                <li key={change.field}>
                  <span className="code">{change.field}</span>: {shown(change.from)} →{' '}
                  {shown(change.to)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
