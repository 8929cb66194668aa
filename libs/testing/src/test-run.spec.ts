import { deleteTestTopics, dropTestDatabases, testDatabaseName, testTopicPrefix } from './test-run';

// Nothing listens here: a refusal must come before any connection is tried.
const NOWHERE_URL = 'mongodb://127.0.0.1:1';
const NOWHERE_BROKERS = ['127.0.0.1:1'];

describe('test databases and topics', () => {
  it.each(['it_intake_1a2b3c4d', 'e2e_1a2b3c4d_intake', 'it_audit_1a2b3c4d_feedback'])(
    'should accept %s as a test database',
    (name) => {
      expect(testDatabaseName(name)).toBe(name);
    },
  );

  it.each([
    'intake',
    'correspondence',
    'admin',
    'local',
    'audit_1a2b_intake',
    'it',
    'item_list',
    '',
  ])('should refuse %p as a test database', (name) => {
    expect(() => testDatabaseName(name)).toThrow(/refusing to use database/);
  });

  it.each(['it-1a2b3c4d.', 'e2e-1a2b3c4d.'])(
    'should accept %s as a test topic prefix',
    (prefix) => {
      expect(testTopicPrefix(prefix)).toBe(prefix);
    },
  );

  it.each(['', 'prod.', 'audit-1a2b.', 'item-'])(
    'should refuse %p as a test topic prefix',
    (prefix) => {
      expect(() => testTopicPrefix(prefix)).toThrow(/refusing to use topic prefix/);
    },
  );

  it('should refuse to drop any database when one of them is not a test database', async () => {
    await expect(dropTestDatabases(NOWHERE_URL, ['it_intake_1a2b3c4d', 'intake'])).rejects.toThrow(
      'refusing to use database "intake"',
    );
  });

  it('should refuse to delete the topics of a prefix that is not a test prefix', async () => {
    // An empty prefix would match every topic on the broker.
    await expect(deleteTestTopics(NOWHERE_BROKERS, '')).rejects.toThrow(
      'refusing to use topic prefix ""',
    );
  });
});
