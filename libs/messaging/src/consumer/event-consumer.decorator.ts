import {
  applyDecorators,
  ArgumentsHost,
  Catch,
  Controller,
  RpcExceptionFilter,
  UseFilters,
} from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces every error with a generic object, which would hide
 * NonRetriableEventError from the transport; this one hands the error on unchanged.
 */
@Catch()
class PassEventErrorsThroughFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/** Marks a class of `@EventPattern` handlers served by KafkaEventServer. */
export function EventConsumer(): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(new PassEventErrorsThroughFilter()));
}
