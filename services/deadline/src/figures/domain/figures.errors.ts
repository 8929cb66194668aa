import { DomainError } from '@libs/errors';

export const FiguresErrors = {
  unknownCommune: (code: string): DomainError =>
    new DomainError('FIGURES.INVALID', 'invalid', 'Yêu cầu số liệu chưa hợp lệ.', [
      { field: 'communeCode', messages: [`Không có xã, phường mã ${code}.`] },
    ]),
};
