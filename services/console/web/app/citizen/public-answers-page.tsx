import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';

import { callApi } from '../api/api-client';
import { useCommuneName } from '../desk/commune';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
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
  const [answers, setAnswers] = useState<PublicAnswer[] | null | undefined>();

  useEffect(() => {
    let active = true;
    void callApi<PublicAnswer[]>('feedback', `/v1/public/answers?communeCode=${communeCode}`).then(
      (result) => {
        if (active) {
          setAnswers(result.ok ? result.body : null);
        }
      },
    );
    return () => {
      active = false;
    };
  }, [communeCode]);

  return (
    <Page title={t('answersTitle', { commune: communeName })}>
      <p>
        <Link to={`/xa-phuong/${communeCode}`}>{t('backToBoard')}</Link>
      </p>
      {answers === undefined && <p role="status">{t('loading')}</p>}
      {answers === null && (
        <p className="alert alert-error" role="alert">
          {t('errorGeneric')}
        </p>
      )}
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
