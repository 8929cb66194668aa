import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanRead, assertCanWrite, Principal } from '@libs/auth';
import { Clock } from '@libs/clock';
import { LetterKind } from '@libs/contracts';
import { toNfc } from '@libs/documents';
import { currentCorrelation } from '@libs/observability';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import {
  BUILT_IN_VERSION,
  builtInTemplate,
  isLetterKind,
  LetterTemplate,
  TemplateWording,
} from '../domain/letter-template';
import { LetterTemplateErrors } from '../domain/letter-template.errors';
import { LetterTemplateStore } from '../domain/letter-template.store';
import { validateWording } from '../domain/template-validation';

/** Letter wording as data: the built-in version 1 and each commune's own later versions. */
@Injectable()
export class LetterTemplatesService {
  constructor(
    private readonly repository: LetterTemplateStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** The wording a new letter of this kind is written in, for this commune. */
  async current(communeCode: string, kind: LetterKind): Promise<LetterTemplate> {
    return (await this.repository.latest(communeCode, kind)) ?? builtInTemplate(kind);
  }

  async read(kindText: string, communeCode: string, principal: Principal): Promise<LetterTemplate> {
    const kind = this.kind(kindText);
    const commune = this.commune(communeCode);
    assertCanRead(principal, { communeCode, provinceCode: commune.provinceCode });
    return this.current(communeCode, kind);
  }

  async versions(
    kindText: string,
    communeCode: string,
    principal: Principal,
  ): Promise<LetterTemplate[]> {
    const kind = this.kind(kindText);
    const commune = this.commune(communeCode);
    assertCanRead(principal, { communeCode, provinceCode: commune.provinceCode });
    return [builtInTemplate(kind), ...(await this.repository.all(communeCode, kind))];
  }

  /**
   * Saves the commune's wording as a new version after checking every placeholder; a
   * template that would not render is refused, naming the field and the placeholder.
   */
  async save(
    kindText: string,
    communeCode: string,
    wording: TemplateWording,
    principal: Principal,
  ): Promise<LetterTemplate> {
    const kind = this.kind(kindText);
    const commune = this.commune(communeCode);
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const normalized: TemplateWording = {
      title: toNfc(wording.title.trim()),
      salutation: toNfc(wording.salutation.trim()),
      paragraphs: wording.paragraphs.map((paragraph) => toNfc(paragraph.trim())),
    };
    const problems = validateWording(kind, normalized);
    if (problems.length > 0) {
      throw LetterTemplateErrors.invalid(problems);
    }
    const previous = await this.current(communeCode, kind);
    const now = this.clock.now();
    const template = {
      kind,
      version: Math.max(previous.version, BUILT_IN_VERSION) + 1,
      source: 'commune' as const,
      communeCode,
      ...normalized,
      createdAt: now,
      createdBy: principal.subject,
    };
    const audit = auditEntry(
      principal,
      'letter-template.saved',
      diffSnapshots(
        { version: previous.version, ...wordingOf(previous) },
        { version: template.version, ...normalized },
      ),
      now,
      currentCorrelation()?.correlationId,
    );
    if (!(await this.repository.insert(template, commune.provinceCode, audit))) {
      throw LetterTemplateErrors.changedMeanwhile();
    }
    return template;
  }

  private kind(text: string): LetterKind {
    if (!isLetterKind(text)) {
      throw LetterTemplateErrors.unknownKind(text);
    }
    return text;
  }

  private commune(code: string): Commune {
    const commune = this.communes.find(code);
    if (!commune) {
      throw LetterTemplateErrors.unknownCommune(code);
    }
    return commune;
  }
}

function wordingOf(template: LetterTemplate): TemplateWording {
  return {
    title: template.title,
    salutation: template.salutation,
    paragraphs: template.paragraphs,
  };
}
