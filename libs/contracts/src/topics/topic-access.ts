import { ServiceName } from '../events/event-definition';
import { TOPIC_CATALOGUE, TopicName, TOPICS } from './topic-catalogue';

/**
 * The topics each service's consumer group reads: the topics of the events it handles. The
 * broker's ACLs are written from this table (a service reads nothing else), and a test holds it
 * to the services' `@EventPattern` handlers, so it cannot drift from the code.
 */
export const SERVICE_SUBSCRIPTIONS: Readonly<Record<ServiceName, readonly TopicName[]>> = {
  intake: [TOPICS.deadlineAlert],
  deadline: [TOPICS.dossier, TOPICS.feedbackCase],
  correspondence: [
    TOPICS.civilStatus,
    TOPICS.dossier,
    TOPICS.deadlineAlert,
    TOPICS.surveyResponse,
    TOPICS.feedbackCase,
  ],
  survey: [TOPICS.dossier],
  feedback: [TOPICS.deadlineAlert, TOPICS.surveyResponse],
  reporting: [
    TOPICS.civilStatus,
    TOPICS.dossier,
    TOPICS.deadlineAlert,
    TOPICS.letter,
    TOPICS.surveyResponse,
    TOPICS.feedbackCase,
  ],
};

/** The topics a service writes: those it owns. */
export function topicsWrittenBy(service: ServiceName): TopicName[] {
  return TOPIC_CATALOGUE.filter((topic) => topic.owner === service).map((topic) => topic.name);
}

/** Every catalogue topic a service touches, for provisioning at start-up. */
export function topicsUsedBy(service: ServiceName): TopicName[] {
  return [...new Set([...topicsWrittenBy(service), ...SERVICE_SUBSCRIPTIONS[service]])];
}

/** The topics another agency's read-only principal may read. */
export function topicsPublishedToAgencies(): TopicName[] {
  return TOPIC_CATALOGUE.filter((topic) => topic.publishedToAgencies).map((topic) => topic.name);
}
