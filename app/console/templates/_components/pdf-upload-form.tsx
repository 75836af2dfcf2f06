'use client';

import { FileUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { pdfFileSchema, type TemplateKind } from '@/lib/contract-templates/schemas';
import { replaceTemplatePdfAction, uploadPdfTemplateAction } from '../actions';
import { FilePicker } from '@/components/ui/file-picker';

type Props =
  | { mode: 'create'; kind: TemplateKind; documentTypes: { id: string; name: string }[] }
  | { mode: 'replace'; templateId: string };

type Errors = Record<string, string | undefined>;

/** A multipart form sent to a server action as FormData; what the bytes are is checked on the server. */
export function PdfUploadForm(props: Props) {
  const t = useTranslations('templates');
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    setDone(false);
    setFormError(null);
    // The same rule the action applies; a body over the action's limit would never reach it.
    const checked = pdfFileSchema.safeParse(file);
    if (!checked.success) return setErrors({ file: checked.error.issues[0].message });
    setErrors({});
    start(async () => {
      const res = props.mode === 'create' ? await uploadPdfTemplateAction(data) : await replaceTemplatePdfAction(data);
      if (!res.ok) {
        const fields = Object.fromEntries(Object.entries(res.fieldErrors ?? {}).map(([k, v]) => [k, v[0]]));
        setErrors(fields);
        if (Object.keys(fields).filter((k) => k !== '_').length === 0) setFormError(res.message);
        return;
      }
      if (props.mode === 'create' && 'templateId' in res.data) {
        router.push(`/console/templates/${res.data.templateId}?criado=1`);
        return;
      }
      (e.target as HTMLFormElement).reset();
      setDone(true);
      router.refresh();
    });
  };

  const fileField = (
    <Field id="template-file" label={props.mode === 'create' ? t('fields.file') : t('pdf.newFile')} error={errors.file} hint={t('fields.fileHint')}>
      <FilePicker
        id="template-file"
        name="file"
        accept="application/pdf,.pdf"
        invalid={!!errors.file}
        describedBy={errors.file ? 'template-file-error' : 'template-file-hint'}
        onFile={() => setErrors((e) => ({ ...e, file: undefined }))}
        noneChosen={t('fields.noFile')}
      >
        {t('fields.choose')}
      </FilePicker>
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" encType="multipart/form-data">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {props.mode === 'create' ? (
        <>
          <input type="hidden" name="kind" value={props.kind} />
          <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Field id="template-name" label={t('fields.name')} error={errors.name} hint={t('fields.nameHint')}>
              <Input id="template-name" name="name" maxLength={120} invalid={!!errors.name} />
            </Field>
            <Field id="template-documentTypeId" label={t('fields.documentType')} error={errors.documentTypeId} hint={t('fields.documentTypeHint')}>
              <Select id="template-documentTypeId" name="documentTypeId" invalid={!!errors.documentTypeId} defaultValue="">
                <option value="">{t('fields.documentTypeNone')}</option>
                {props.documentTypes.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {fileField}
        </>
      ) : (
        <>
          <input type="hidden" name="templateId" value={props.templateId} />
          {fileField}
        </>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <FileUp aria-hidden className="h-4 w-4" />
          {pending ? t('pdf.uploading') : props.mode === 'create' ? t('pdf.upload') : t('pdf.replace')}
        </Button>
        {props.mode === 'create' ? (
          <Button variant="secondary" asChild>
            <Link href={`/console/templates?kind=${props.kind}`}>{t('cancel')}</Link>
          </Button>
        ) : null}
        {done ? <Alert tone="success">{t('pdf.replaced')}</Alert> : null}
      </div>
    </form>
  );
}
