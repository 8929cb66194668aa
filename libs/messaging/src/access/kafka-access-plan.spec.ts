import { TOPICS } from '@libs/contracts';

import { AclGrant, kafkaAccessPlan } from './kafka-access-plan';

function operations(grants: AclGrant[], principal: string, name: string): string[] {
  return grants
    .filter((grant) => grant.principal === principal && grant.name === name)
    .map((grant) => grant.operation)
    .sort();
}

describe('kafkaAccessPlan', () => {
  const { grants, topics } = kafkaAccessPlan({
    services: ['intake', 'deadline', 'correspondence', 'survey', 'feedback', 'reporting'],
    agencies: ['agency-demo'],
    topicPrefix: '',
  });

  it('should let intake write its own topics and nobody else write them', () => {
    expect(operations(grants, 'User:intake', TOPICS.civilStatus)).toEqual([
      'CREATE',
      'DESCRIBE',
      'WRITE',
    ]);
    const writers = grants
      .filter((grant) => grant.name === TOPICS.civilStatus && grant.operation === 'WRITE')
      .map((grant) => grant.principal);
    expect(writers).toEqual(['User:intake']);
  });

  it('should let correspondence read births but not write them', () => {
    expect(operations(grants, 'User:correspondence', TOPICS.civilStatus)).toEqual([
      'DESCRIBE',
      'READ',
    ]);
  });

  it('should give a service nothing on a topic it neither owns nor consumes', () => {
    expect(operations(grants, 'User:survey', TOPICS.civilStatus)).toEqual([]);
    expect(operations(grants, 'User:intake', TOPICS.feedbackCase)).toEqual([]);
  });

  it('should let an agency read what is published to agencies and nothing about petitions', () => {
    expect(operations(grants, 'User:agency-demo', TOPICS.civilStatus)).toEqual([
      'DESCRIBE',
      'READ',
    ]);
    expect(operations(grants, 'User:agency-demo', TOPICS.feedbackCase)).toEqual([]);
    expect(operations(grants, 'User:agency-demo', TOPICS.surveyResponse)).toEqual([]);
    expect(
      grants.filter(
        (grant) => grant.principal === 'User:agency-demo' && grant.operation === 'WRITE',
      ),
    ).toEqual([]);
  });

  it('should confine each principal to consumer groups and dead letters named after it', () => {
    expect(
      grants.filter((grant) => grant.principal === 'User:deadline' && grant.pattern === 'prefixed'),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'group', name: 'deadline', operation: 'READ' }),
        expect.objectContaining({
          resource: 'topic',
          name: 'dead-letter.deadline',
          operation: 'WRITE',
        }),
      ]),
    );
    expect(topics).toContain('dead-letter.deadline.v1');
  });

  it('should put every topic and group under the deployment prefix', () => {
    const prefixed = kafkaAccessPlan({ services: ['intake'], agencies: [], topicPrefix: 'test.' });
    expect(prefixed.topics.every((topic) => topic.startsWith('test.'))).toBe(true);
    expect(prefixed.grants.every((grant) => grant.name.startsWith('test.'))).toBe(true);
  });
});
