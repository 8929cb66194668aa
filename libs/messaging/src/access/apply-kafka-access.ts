import { backOff } from 'exponential-backoff';
import {
  AclEntry,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Admin,
  ResourcePatternTypes,
} from 'kafkajs';

import { ensureTopics, TopicSettings } from '../kafka/topic-provisioner';
import { AclGrant, KafkaAccessPlan } from './kafka-access-plan';

export interface KafkaAccessResult {
  createdTopics: string[];
  granted: number;
  revoked: number;
  unchanged: number;
}

/** The broker's form of a grant (kafkajs). */
export function aclEntryOf(grant: AclGrant): AclEntry {
  return {
    principal: grant.principal,
    host: '*',
    operation: AclOperationTypes[grant.operation],
    permissionType: AclPermissionTypes.ALLOW,
    resourceType: grant.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
    resourceName: grant.name,
    resourcePatternType:
      grant.pattern === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
  };
}

function keyOf(entry: AclEntry): string {
  return [
    entry.principal,
    entry.host,
    entry.operation,
    entry.permissionType,
    entry.resourceType,
    entry.resourceName,
    entry.resourcePatternType,
  ].join('|');
}

/** The grants the broker holds for the given principals on names under the prefix. */
async function managedGrants(
  admin: Admin,
  principals: ReadonlySet<string>,
  prefix: string,
): Promise<AclEntry[]> {
  const described = await admin.describeAcls({
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  });
  return described.resources
    .flatMap((resource) => resource.acls.map((acl): AclEntry => ({ ...acl, ...resource })))
    .filter((entry) => principals.has(entry.principal) && entry.resourceName.startsWith(prefix));
}

/**
 * Makes the broker match the plan: creates the missing topics, adds the missing grants, and
 * revokes the grants of the plan's principals that the plan no longer holds (under the plan's
 * topic prefix only), so a service that lost a subscription loses its access too. Running it
 * twice changes nothing the second time.
 */
export async function applyKafkaAccess(
  admin: Admin,
  plan: KafkaAccessPlan,
  topicSettings: TopicSettings & { topicPrefix: string },
): Promise<KafkaAccessResult> {
  const createdTopics = await ensureTopics(admin, plan.topics, topicSettings);
  const wanted = new Map(plan.grants.map((grant) => [keyOf(aclEntryOf(grant)), aclEntryOf(grant)]));
  const principals = new Set(plan.grants.map((grant) => grant.principal));
  const managed = await managedGrants(admin, principals, topicSettings.topicPrefix);
  const present = new Set(managed.map(keyOf));
  const missing = [...wanted.values()].filter((entry) => !present.has(keyOf(entry)));
  const stale = managed.filter((entry) => !wanted.has(keyOf(entry)));
  if (missing.length > 0) {
    await admin.createAcls({ acl: missing });
  }
  if (stale.length > 0) {
    await admin.deleteAcls({ filters: stale });
  }
  // The broker applies ACLs once its metadata log has them: wait, so that a service started
  // right after this finds its access in place.
  await backOff(
    async () => {
      const applied = new Set(
        (await managedGrants(admin, principals, topicSettings.topicPrefix)).map(keyOf),
      );
      if (applied.size !== wanted.size || [...wanted.keys()].some((key) => !applied.has(key))) {
        throw new Error('the broker has not applied the ACLs yet');
      }
    },
    { numOfAttempts: 20, startingDelay: 100, maxDelay: 1000 },
  );
  return {
    createdTopics,
    granted: missing.length,
    revoked: stale.length,
    unchanged: wanted.size - missing.length,
  };
}
