/**
 * Every Kafka topic the platform writes, one per aggregate stream and version.
 * The record key is always the aggregate id, so one aggregate's events stay in order.
 */
export const TOPICS = {
  civilStatus: 'intake.civil-status.v1',
  dossier: 'intake.dossier.v1',
  deadlineAlert: 'deadline.alert.v1',
  letter: 'correspondence.letter.v1',
  surveyResponse: 'survey.response.v1',
  feedbackCase: 'feedback.case.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export interface TopicDescription {
  name: TopicName;
  owner: 'intake' | 'deadline' | 'correspondence' | 'survey' | 'feedback';
  keyDescription: string;
  summary: string;
  /**
   * Whether other agencies get a read-only principal for it. Survey answers and petitions
   * carry what citizens wrote about their officers, so they stay inside the commune's services.
   */
  publishedToAgencies: boolean;
}

export const TOPIC_CATALOGUE: readonly TopicDescription[] = [
  {
    name: TOPICS.civilStatus,
    owner: 'intake',
    keyDescription: 'Civil-status registration id',
    summary: 'Births, marriages and deaths registered at a commune one-stop desk.',
    publishedToAgencies: true,
  },
  {
    name: TOPICS.dossier,
    owner: 'intake',
    keyDescription: 'Dossier id',
    summary: 'Lifecycle of administrative-procedure dossiers (received, processed, returned).',
    publishedToAgencies: true,
  },
  {
    name: TOPICS.deadlineAlert,
    owner: 'deadline',
    keyDescription: 'Tracked deadline id',
    summary: 'Due-soon, overdue and rescheduled deadlines of dossiers and petitions.',
    publishedToAgencies: true,
  },
  {
    name: TOPICS.letter,
    owner: 'correspondence',
    keyDescription: 'Letter id',
    summary: 'Congratulation, condolence, apology and thank-you letters and their delivery.',
    publishedToAgencies: true,
  },
  {
    name: TOPICS.surveyResponse,
    owner: 'survey',
    keyDescription: 'Survey invitation id',
    summary: 'Satisfaction survey invitations and answers.',
    publishedToAgencies: false,
  },
  {
    name: TOPICS.feedbackCase,
    owner: 'feedback',
    keyDescription: 'Feedback case id',
    summary: 'Suggestion-box letters, petitions and recommendations, and their answers.',
    publishedToAgencies: false,
  },
];

/** Applies a deployment-wide prefix (for example per test run or per environment). */
export function physicalTopic(prefix: string, topic: string): string {
  return prefix ? `${prefix}${topic}` : topic;
}
