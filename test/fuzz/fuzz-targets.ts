import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Connection } from 'mongoose';

import { Role } from '@libs/auth';
import { findEventDefinition } from '@libs/contracts';
import { KafkaEventServer } from '@libs/messaging';
import { nestHttpRoutes } from '@libs/testing';

/** A JSON schema as the OpenAPI document gives it (only what the generators read). */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  allOf?: SchemaObject[];
}

export interface HttpTarget {
  service: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express form, `/v1/dossiers/:dossierId`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  body?: SchemaObject;
  isPublic: boolean;
  roles: Role[];
}

const HTTP_METHODS: readonly HttpTarget['method'][] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

interface OperationObject {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

/**
 * Every HTTP route of a running application, read from Nest's own metadata (so a new route
 * is fuzzed without being listed anywhere), with its parameters and body schema from the
 * OpenAPI document the service would publish.
 */
export function httpTargets(service: string, app: INestApplication): HttpTarget[] {
  const document: OpenAPIObject = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(service).build(),
  );
  return nestHttpRoutes(app).flatMap((route): HttpTarget[] => {
    const method = HTTP_METHODS.find((known) => known === route.method);
    if (!method) {
      return [];
    }
    const path = route.path;
    const openApiPath = path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation = (
      document.paths[openApiPath] as Record<string, OperationObject> | undefined
    )?.[method.toLowerCase()];
    const parameters = operation?.parameters ?? [];
    const body = operation?.requestBody?.content?.['application/json']?.schema;
    return [
      {
        service,
        method,
        path,
        pathParams: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1] ?? ''),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        headerParams: parameters.filter((p) => p.in === 'header').map((p) => p.name),
        ...(body ? { body } : {}),
        isPublic: route.isPublic,
        roles: route.roles ?? [],
      },
    ];
  });
}

/** The named schemas of an application's OpenAPI document, to resolve `$ref`s. */
export function componentSchemas(
  service: string,
  app: INestApplication,
): Record<string, SchemaObject> {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(service).build(),
  );
  return document.components?.schemas ?? {};
}

/** The event types a service's consumer group handles, by physical topic. */
export function consumedTopics(app: INestApplication, prefix: string): Map<string, string[]> {
  const byTopic = new Map<string, string[]>();
  for (const type of app.get(KafkaEventServer).getHandlers().keys()) {
    const definition = findEventDefinition(type);
    if (definition) {
      const topic = `${prefix}${definition.topic}`;
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), type]);
    }
  }
  return byTopic;
}

export interface StoreSnapshot {
  /** Documents per collection of the service's own database. */
  documents: Record<string, number>;
  /** Documents per collection with events waiting in their outbox. */
  outbox: Record<string, number>;
}

/** What "nothing stored, nothing published" compares before and after a refused input. */
export async function storeSnapshot(app: INestApplication): Promise<StoreSnapshot> {
  const connection = app.get<Connection>(getConnectionToken());
  const db = connection.db;
  if (!db) {
    throw new Error('the service has no database connection');
  }
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  const counts = await Promise.all(
    collections.map(async ({ name }) => {
      const collection = db.collection(name);
      return [
        name,
        await collection.countDocuments(),
        await collection.countDocuments({ outboxPending: true }),
      ] as const;
    }),
  );
  const sorted = counts.sort(([a], [b]) => a.localeCompare(b));
  return {
    documents: Object.fromEntries(sorted.map(([name, documents]) => [name, documents])),
    outbox: Object.fromEntries(sorted.map(([name, , pending]) => [name, pending])),
  };
}

/** Problems if a refused input stored or queued anything; empty when nothing changed. */
export function storeChanges(before: StoreSnapshot, after: StoreSnapshot): string[] {
  const names = new Set([...Object.keys(before.documents), ...Object.keys(after.documents)]);
  return [...names].flatMap((name) => [
    ...((after.documents[name] ?? 0) !== (before.documents[name] ?? 0)
      ? [`${name}: ${before.documents[name] ?? 0} → ${after.documents[name] ?? 0} documents`]
      : []),
    ...((after.outbox[name] ?? 0) > (before.outbox[name] ?? 0)
      ? [`${name}: ${before.outbox[name] ?? 0} → ${after.outbox[name] ?? 0} with pending events`]
      : []),
  ]);
}
