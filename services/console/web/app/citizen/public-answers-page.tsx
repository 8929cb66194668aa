import { Link, useParams } from 'react-router';

import { callApi } from '../api/api-client';
import { useRemote } from '../api/use-remote';
import { useCommuneName } from '../desk/commune';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { Page } from '../layout/page';

/** What the page reads of feedback's PublicAnswerDto: nothing in it names the citizen. */
interface PublicAnswer {
  caseCode: string;
  kindLabel: string;
  categoryLabel: string;
  receivedOn: string;
  summary?: string;
  answer: string;
  publishedAt: string;
}

/** The commune's published answers to what citizens wrote, newest first. */
export function PublicAnswersPage() {
  const { communeCode = '' } = useParams();
  const { t, language } = useI18n();
  const communeName = useCommuneName(communeCode);
  const answers = useRemote(
    () => callApi<PublicAnswer[]>('feedback', `/v1/public/answers?communeCode=${communeCode}`),
    [communeCode],
  );

  return (
    <Page title={t('answersTitle', { commune: communeName })}>
      <p>
        <Link to={`/xa-phuong/${communeCode}`}>{t('backToBoard')}</Link>
      </p>
      <LoadState value={answers} />
      {answers?.length === 0 && <p>{t('answersNone')}</p>}
      {answers?.map((answer) => (
        <article key={answer.caseCode} className="public-answer">
          <h2>
            {answer.kindLabel} {answer.caseCode}
          </h2>
          <p className="muted">
            {answer.categoryLabel} · {t('answersPublished')}{' '}
            {formatInstant(answer.publishedAt, language)}
          </p>
          {answer.summary && <p>{answer.summary}</p>}
          <p>{answer.answer}</p>
        </article>
      ))}
    </Page>
  );
}
