'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import { ATTACHMENT_ACCEPT, ATTACHMENT_SIZE_MESSAGE, MAX_ATTACHMENT_BYTES } from '@/lib/signing/attachment-file';
import { uploadAttachmentAction } from '../actions';
import { FilePicker } from '@/components/ui/file-picker';

export type FlowAttachmentRequest = { id: string; name: string; required: boolean };
export type FlowUpload = { requestId: string; fileName: string; sizeBytes: number };

function formatSize(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * "Anexos": one row per requested file, with its name and whether it is required. The phone's
 * file picker (camera or files); the server checks the type by content and the 10 MB limit —
 * the size is also checked here first, so a huge photo fails before it travels.
 */
export function AttachmentsStep({ token, requests, uploads: initial, onDone, onBack }: { token: string; requests: FlowAttachmentRequest[]; uploads: FlowUpload[]; onDone: () => void; onBack: () => void }) {
  const t = useTranslations('signer.attachments');
  const heading = useRef<HTMLHeadingElement>(null);
  const [uploads, setUploads] = useState<Record<string, FlowUpload>>(() => Object.fromEntries(initial.map((u) => [u.requestId, u])));
  useEffect(() => heading.current?.focus(), []);
  const missing = requests.filter((r) => r.required && !uploads[r.id]);

  return (
    <section aria-labelledby="attachments-title" className="space-y-4">
      <h1 id="attachments-title" ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900 outline-none">
        {t('title')}
      </h1>
      <p className="text-base text-slate-700">{t('intro')}</p>
      <ul className="space-y-3">
        {requests.map((r) => (
          <AttachmentRow key={r.id} token={token} request={r} upload={uploads[r.id]} onUploaded={(u) => setUploads((all) => ({ ...all, [r.id]: u }))} />
        ))}
      </ul>
      {missing.length ? <p className="text-sm text-slate-700">{t('missing', { count: missing.length })}</p> : null}
      <Button type="button" className={bigButton} disabled={missing.length > 0} onClick={onDone}>
        {t('continue')}
      </Button>
      <Button type="button" variant="secondary" className={bigButton} onClick={onBack}>
        {t('back')}
      </Button>
    </section>
  );
}

function AttachmentRow({ token, request, upload, onUploaded }: { token: string; request: FlowAttachmentRequest; upload?: FlowUpload; onUploaded: (u: FlowUpload) => void }) {
  const t = useTranslations('signer.attachments');
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(ATTACHMENT_SIZE_MESSAGE);
    setSending(true);
    const form = new FormData();
    form.set('token', token);
    form.set('requestId', request.id);
    form.set('file', file);
    const res = await uploadAttachmentAction(form).catch(() => ({ ok: false as const, message: t('failed') }));
    setSending(false);
    if (!res.ok) return setError(res.message);
    onUploaded(res.data);
  };

  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <p className="break-words font-medium text-slate-900">
        {request.name} <span className="text-sm font-normal text-slate-600">({request.required ? t('required') : t('optional')})</span>
      </p>
      {upload ? (
        <p className="break-all text-sm text-green-800">
          ✓ {t('sent', { file: upload.fileName, size: formatSize(upload.sizeBytes) })}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <FilePicker
        id={id}
        accept={ATTACHMENT_ACCEPT}
        size="lg"
        disabled={sending}
        resetAfterChoice
        noneChosen={null}
        describedBy={error ? `${id}-error` : `${id}-hint`}
        onFile={(file) => void send(file ?? undefined)}
      >
        {sending ? t('sending') : upload ? t('replace') : t('choose')}
        <span className="sr-only">: {request.name}</span>
      </FilePicker>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t('hint')}
      </p>
    </li>
  );
}
