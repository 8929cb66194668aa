import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Response } from 'express';
import { Observable } from 'rxjs';

/**
 * `Cache-Control: no-store` on every answer of every route. Most carry personal data
 * (dossiers, their PDFs, letters, cases with contact, the audit trail), so nothing a
 * service answers may stay in a browser, proxy or shared computer's cache; the few public
 * lists lose little by it, and a new route cannot forget it.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const response = context.switchToHttp().getResponse<Response>();
      response.setHeader('Cache-Control', 'no-store');
    }
    return next.handle();
  }
}
