/** The services behind the console, each reached under /api/<name>/ from the browser. */
export const UPSTREAM_NAMES = [
  'intake',
  'deadline',
  'correspondence',
  'survey',
  'feedback',
  'reporting',
] as const;
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

export interface Upstream {
  name: UpstreamName;
  /** The browser's path prefix, e.g. /api/intake. */
  prefix: string;
  /** The service's own base address. */
  target: string;
}

export const API_PREFIX = '/api';

/** One route per service: /api/intake/v1/dossiers reaches <intake>/v1/dossiers. */
export function upstreamRoutes(targets: Record<UpstreamName, string>): Upstream[] {
  return UPSTREAM_NAMES.map((name) => ({
    name,
    prefix: `${API_PREFIX}/${name}`,
    target: targets[name].replace(/\/+$/, ''),
  }));
}
