import { FormEvent, useEffect, useRef, useState } from 'react';

import { useApi } from '../api/use-api';
import { useRemote } from '../api/use-remote';
import { useI18n } from '../i18n/i18n';
import { DataTable, RowButton } from '../layout/data-table';
import { InputField, TextAreaField } from '../layout/field';
import { LoadState } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { LETTER_KINDS, letterKindName } from '../letters/letter-kinds';
import {
  LetterTemplate,
  placeTemplateProblems,
  TemplateField,
  templateRequest,
  TemplateValues,
  templateValues,
  validateTemplate,
} from '../letters/letter-template-form';

type Problems = Partial<Record<TemplateField | 'form', string[]>>;

/**
 * The wording each kind of letter is written in for the commune: the version in use, opened
 * to read and saved as the commune's next version (the service keeps every version).
 */
export function LetterTemplatesSection({ commune }: { commune: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [saves, setSaves] = useState(0);
  const [selected, setSelected] = useState<LetterTemplate | undefined>();
  const [values, setValues] = useState<TemplateValues | undefined>();
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const notice = useNotice();
  const { clear: clearNotice } = notice;
  const editorHeading = useRef<HTMLHeadingElement>(null);

  // One current template per kind; a kind the service cannot read fails the whole list.
  const templates = useRemote<LetterTemplate[]>(async () => {
    const results = await Promise.all(
      LETTER_KINDS.map((kind) =>
        api<LetterTemplate>('correspondence', `/v1/templates/${kind}?communeCode=${commune}`),
      ),
    );
    const current: LetterTemplate[] = [];
    for (const result of results) {
      if (!result.ok) {
        return result;
      }
      current.push(result.body);
    }
    return { ok: true, status: 200, body: current };
  }, [api, commune, saves]);

  useEffect(() => {
    setSelected(undefined);
    clearNotice();
  }, [commune, clearNotice]);

  const selectedKind = selected?.kind;
  useEffect(() => {
    if (selectedKind) {
      editorHeading.current?.focus();
    }
  }, [selectedKind]);

  const open = (template: LetterTemplate) => {
    clearNotice();
    setProblems({});
    setSelected(template);
    setValues(templateValues(template));
  };

  const close = () => {
    setSelected(undefined);
    setProblems({});
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected || !values || busy) {
      return;
    }
    const found = validateTemplate(values);
    if (Object.keys(found).length > 0) {
      setProblems(
        Object.fromEntries(Object.entries(found).map(([field, key]) => [field, [t(key)]])),
      );
      return;
    }
    setBusy(true);
    const result = await api<LetterTemplate>('correspondence', `/v1/templates/${selected.kind}`, {
      method: 'PUT',
      body: templateRequest(commune, values),
    });
    setBusy(false);
    if (result.ok) {
      const kind = letterKindName(result.body.kind, t);
      setSelected(undefined);
      setProblems({});
      notice.tell(t('templateSaved', { kind, version: String(result.body.version) }));
      setSaves((count) => count + 1);
      return;
    }
    if (result.status === 401) {
      return;
    }
    const placed = placeTemplateProblems(result.fields, (number, message) =>
      t('templateParagraphProblem', { number: String(number), message }),
    );
    setProblems(
      Object.keys(placed).length > 0
        ? placed
        : { form: [result.message && result.status < 500 ? result.message : t('errorGeneric')] },
    );
  };

  const version = (template: LetterTemplate) =>
    t(template.source === 'built-in' ? 'templateBuiltIn' : 'templateOwn', {
      version: String(template.version),
    });

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templatesTitle')}</h2>
      <p>{t('templatesIntro')}</p>
      <NoticeRegion state={notice} testId="template-notice" />
      {selected && values && (
        <form
          className="form letter-preview"
          noValidate
          aria-labelledby="template-editor-title"
          onSubmit={(event) => void save(event)}
        >
          <h3 id="template-editor-title" tabIndex={-1} ref={editorHeading}>
            {t('templateOf', { kind: letterKindName(selected.kind, t) })} · {version(selected)}
          </h3>
          {Object.keys(problems).length > 0 && (
            <p className="alert alert-error" role="alert">
              {problems.form ? problems.form.join(' ') : t('templateFix')}
            </p>
          )}
          <InputField
            id="template-title"
            label={t('templateTitleField')}
            required
            errors={problems.title}
            autoComplete="off"
            value={values.title}
            onChange={(text) => setValues({ ...values, title: text })}
          />
          <InputField
            id="template-salutation"
            label={t('templateSalutation')}
            required
            errors={problems.salutation}
            autoComplete="off"
            value={values.salutation}
            onChange={(text) => setValues({ ...values, salutation: text })}
          />
          <TextAreaField
            id="template-paragraphs"
            label={t('templateParagraphs')}
            hint={t('templateParagraphsHint')}
            required
            errors={problems.paragraphs}
            rows={12}
            value={values.paragraphs}
            onChange={(text) => setValues({ ...values, paragraphs: text })}
          />
          <p>{t('templatePlaceholders')}:</p>
          <ul className="placeholders">
            {selected.placeholders.map((placeholder) => (
              <li key={placeholder}>
                <code>{`{{${placeholder}}}`}</code>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('settingsSaving') : t('templateSave')}
            </button>
            <button type="button" className="button secondary" onClick={close}>
              {t('letterClose')}
            </button>
          </div>
        </form>
      )}
      <LoadState value={templates} />
      {templates && (
        <DataTable
          columns={[
            { header: t('letterKind'), cell: (template) => letterKindName(template.kind, t) },
            { header: t('templateVersion'), cell: (template) => version(template) },
            {
              header: t('templateView'),
              hidden: true,
              cell: (template) => (
                <RowButton
                  label={t('templateView')}
                  accessibleName={t('templateViewFor', {
                    kind: letterKindName(template.kind, t),
                  })}
                  onClick={() => open(template)}
                />
              ),
            },
          ]}
          rows={templates}
          rowKey={(template) => template.kind}
          currentRow={selectedKind}
        />
      )}
    </section>
  );
}
