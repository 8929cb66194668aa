import { stringify } from 'yaml';

import { buildAsyncApiDocument } from './asyncapi-document';

process.stdout.write(stringify(buildAsyncApiDocument()));
