/**
 * A CloudEvents 1.0 event as the platform handles it in memory. On Kafka it travels in
 * binary content mode: `data` is the JSON record value and every other attribute is a
 * `ce_<attribute>` header (see cloud-events-kafka.ts).
 */
export interface EventEnvelope<TData = unknown> {
  specversion: '1.0';
  /** Unique per event; a redelivered event keeps its id. */
  id: string;
  /** `<name>.v<version>`, e.g. `birth.registered.v1`. */
  type: string;
  /** URI reference of the producing service, e.g. `/services/intake`. */
  source: string;
  /** The aggregate id; also the Kafka record key. */
  subject: string;
  /** RFC 3339 time of the fact (not of publication). */
  time: string;
  datacontenttype: 'application/json';
  /** Extension: id shared by every event caused by one request. */
  correlationid: string;
  /** Extension: id of the event (or request) that caused this one. */
  causationid?: string;
  /** Extension: 5-digit 2025 commune code (the tenant), when the event belongs to one. */
  communecode?: string;
  data: TData;
}

/** Attribute names carried as `ce_`-prefixed headers, in the order they are written. */
export const CLOUD_EVENT_HEADER_ATTRIBUTES = [
  'specversion',
  'id',
  'type',
  'source',
  'subject',
  'time',
  'correlationid',
  'causationid',
  'communecode',
] as const;
