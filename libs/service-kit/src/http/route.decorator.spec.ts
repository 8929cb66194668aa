import { Controller, Get, HttpCode, INestApplication, Post, Put } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  DocumentBuilder,
  SwaggerModule,
} from '@nestjs/swagger';
import { Test } from '@nestjs/testing';

import { PUBLIC_ROUTE, PublicEndpoint, Roles, ROUTE_ROLES } from '@libs/auth';

import { Route, RouteOptions } from './route.decorator';

class ThingDto {
  @ApiProperty() id: string;
}

const CODE = { param: 'code', canonical: (raw: string) => raw.toUpperCase() };

/** Each route as it was written before `@Route`, decorator by decorator. */
@Controller('plain')
class PlainController {
  @Get()
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'List things.' })
  @ApiOkResponse({ type: [ThingDto] })
  list(): void {}

  @Post()
  @Roles('officer', 'system')
  @ApiOperation({ summary: 'Record a thing.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same thing' })
  @ApiCreatedResponse({ type: ThingDto })
  @ApiOkResponse({ type: ThingDto, description: 'Replay of an earlier request' })
  record(): void {}

  @Post(':id/close')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: 'Close a thing.' })
  @ApiOkResponse({ type: ThingDto })
  @ApiConflictResponse({ description: 'Already closed' })
  close(): void {}

  @Put(':id/sheet.pdf')
  @Roles('province')
  @ApiProduces('application/pdf')
  sheet(): void {}

  @Get('public/:code')
  @PublicEndpoint(CODE)
  @ApiOperation({ summary: 'A thing by its code.' })
  @ApiOkResponse({ type: ThingDto })
  byCode(): void {}

  @Post('public')
  @PublicEndpoint()
  @ApiCreatedResponse({ type: ThingDto })
  @ApiOkResponse({ type: ThingDto, description: 'Already received' })
  submit(): void {}
}

type Method = Exclude<keyof PlainController, 'constructor'>;

/** The same routes with one `@Route` each. */
const ROUTES: Record<Method, RouteOptions> = {
  list: {
    method: 'GET',
    roles: ['officer', 'leader'],
    summary: 'List things.',
    returns: [ThingDto],
  },
  record: {
    method: 'POST',
    roles: ['officer', 'system'],
    summary: 'Record a thing.',
    returns: ThingDto,
    idempotent: 'Same key, same thing',
    replay: true,
  },
  close: {
    method: 'POST',
    path: ':id/close',
    status: 200,
    roles: ['leader'],
    summary: 'Close a thing.',
    returns: ThingDto,
    conflict: 'Already closed',
  },
  sheet: {
    method: 'PUT',
    path: ':id/sheet.pdf',
    roles: ['province'],
    produces: ['application/pdf'],
  },
  byCode: {
    method: 'GET',
    path: 'public/:code',
    public: CODE,
    summary: 'A thing by its code.',
    returns: ThingDto,
  },
  submit: {
    method: 'POST',
    path: 'public',
    public: true,
    returns: ThingDto,
    replay: 'Already received',
  },
};

@Controller('routed')
class RoutedController {
  @Route(ROUTES.list) list(): void {}
  @Route(ROUTES.record) record(): void {}
  @Route(ROUTES.close) close(): void {}
  @Route(ROUTES.sheet) sheet(): void {}
  @Route(ROUTES.byCode) byCode(): void {}
  @Route(ROUTES.submit) submit(): void {}
}

const METHODS = Object.keys(ROUTES) as Method[];

function metadataOf(handler: object): Record<string, unknown> {
  return Object.fromEntries(
    Reflect.getMetadataKeys(handler).map((key) => [String(key), Reflect.getMetadata(key, handler)]),
  );
}

describe('Route', () => {
  const reflector = new Reflector();

  it.each(METHODS)('should set on %s exactly the metadata of the plain decorators', (method) => {
    expect(metadataOf(RoutedController.prototype[method])).toEqual(
      metadataOf(PlainController.prototype[method]),
    );
  });

  it('should declare the roles of a protected route and leave it closed to the public', () => {
    const handler = RoutedController.prototype.record;
    expect(reflector.get(ROUTE_ROLES, handler)).toEqual(['officer', 'system']);
    expect(reflector.get(PUBLIC_ROUTE, handler)).toBeUndefined();
  });

  it('should open a public route without declaring roles', () => {
    const handler = RoutedController.prototype.submit;
    expect(reflector.get(PUBLIC_ROUTE, handler)).toBe(true);
    expect(reflector.get(ROUTE_ROLES, handler)).toBeUndefined();
  });

  it('should refuse, when type checked, a route that declares neither roles nor public', () => {
    // @ts-expect-error: a route must say who may call it (the route audit fails closed too).
    const neither: RouteOptions = { method: 'GET' };
    // @ts-expect-error: roles cannot be empty.
    const noRoles: RouteOptions = { method: 'GET', roles: [] };
    // @ts-expect-error: a public route has no roles.
    const both: RouteOptions = { method: 'GET', public: true, roles: ['leader'] };
    expect([neither, noRoles, both]).toHaveLength(3);
  });

  describe('in the OpenAPI document', () => {
    let app: INestApplication;

    beforeAll(async () => {
      const module = await Test.createTestingModule({
        controllers: [PlainController, RoutedController],
      }).compile();
      app = module.createNestApplication({ logger: false });
    });

    afterAll(() => app.close());

    it('should document every route as its plain decorators do, but for the names', () => {
      const { paths } = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      const routed = Object.entries(paths).filter(([path]) => path.startsWith('/routed'));
      expect(routed).toHaveLength(5);
      for (const [path, operations] of routed) {
        const plain = paths[path.replace('/routed', '/plain')];
        const renamed = JSON.stringify(operations).replaceAll('Routed', 'Plain');
        expect(JSON.parse(renamed)).toEqual(plain);
      }
    });

    it('should document a replayed POST as 201 created and 200 replayed', () => {
      const { paths } = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      const responses = paths['/routed']?.post?.responses ?? {};
      expect(Object.keys(responses).sort()).toEqual(['200', '201']);
      expect(responses['200']).toMatchObject({ description: 'Replay of an earlier request' });
    });
  });
});
