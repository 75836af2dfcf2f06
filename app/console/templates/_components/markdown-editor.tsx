'use client';

import { Bold, Heading1, Heading2, Italic, List, ListOrdered, SeparatorHorizontal, Table } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useRef, type ComponentType, type Ref } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { cn } from '@/components/ui/cn';
import { applyEdit, insertBlock, insertText, prefixLines, wrapSelection, type Edit, type EditorState } from '@/lib/contract-templates/editor-commands';
import { renderPreviewHtml } from '@/lib/contract-templates/render-preview-html';
import { PAGE_BREAK_MARKER } from '@/lib/documents/parse-template';
import { VariableMenu } from './variable-menu';

type Props = {
  id: string;
  label: string;
  /** The textarea's registration with the form (name, ref, onChange, onBlur). */
  field: UseFormRegisterReturn;
  /** The current text (watched), for the live preview. */
  value: string;
  /** Fallback when the browser cannot apply an edit natively: set the form value directly. */
  setValue: (value: string) => void;
  readOnly?: boolean;
  error?: string;
};

function mergeRefs<T>(...refs: (Ref<T> | undefined)[]) {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

/**
 * A Markdown textarea with a toolbar, an "Inserir variável" menu and a live preview. Edits go through
 * execCommand('insertText') so the browser's own undo (Ctrl+Z) takes a toolbar action back.
 */
export function MarkdownEditor({ id, label, field, value, setValue, readOnly = false, error }: Props) {
  const t = useTranslations('templates.editor');
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const deferred = useDeferredValue(value);
  const html = useMemo(
    () => (deferred.trim() ? renderPreviewHtml(deferred, { pageBreak: t('pageBreak'), unknownVariable: t('unknownVariable') }) : ''),
    [deferred, t],
  );

  const run = (command: (s: EditorState) => Edit) => {
    const el = textarea.current;
    if (!el || readOnly) return;
    const edit = command({ value: el.value, start: el.selectionStart, end: el.selectionEnd });
    el.focus();
    el.setSelectionRange(edit.from, edit.to);
    // Deprecated but still the only way to keep the native undo stack in a textarea.
    const applied = edit.insert !== '' && document.execCommand('insertText', false, edit.insert);
    if (!applied) setValue(applyEdit(el.value, edit));
    const select = () => el.setSelectionRange(edit.selStart, edit.selEnd);
    select();
    requestAnimationFrame(select);
  };

  const tools: { key: string; icon: ComponentType<{ className?: string }>; command: (s: EditorState) => Edit }[] = [
    { key: 'bold', icon: Bold, command: (s) => wrapSelection(s, '**', t('boldPlaceholder')) },
    { key: 'italic', icon: Italic, command: (s) => wrapSelection(s, '*', t('italicPlaceholder')) },
    { key: 'heading1', icon: Heading1, command: (s) => prefixLines(s, () => '# ', t('headingPlaceholder')) },
    { key: 'heading2', icon: Heading2, command: (s) => prefixLines(s, () => '## ', t('headingPlaceholder')) },
    { key: 'bulletList', icon: List, command: (s) => prefixLines(s, () => '- ', t('listPlaceholder')) },
    { key: 'numberedList', icon: ListOrdered, command: (s) => prefixLines(s, (i) => `${i + 1}. `, t('listPlaceholder')) },
    { key: 'table', icon: Table, command: (s) => insertBlock(s, t('tableSnippet')) },
    { key: 'pageBreak', icon: SeparatorHorizontal, command: (s) => insertBlock(s, PAGE_BREAK_MARKER) },
  ];

  return (
    <div className="space-y-1">
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
            {label}
          </label>
          <div className={cn('rounded-md border bg-white shadow-sm', error ? 'border-red-600' : 'border-slate-300')}>
            {!readOnly ? (
              <div role="toolbar" aria-label={t('toolbar')} aria-controls={id} className="flex items-center gap-0.5 border-b border-slate-200 px-1.5 py-1">
                {tools.map(({ key, icon: Icon, command }) => (
                  <button
                    key={key}
                    type="button"
                    title={t(key)}
                    aria-label={t(key)}
                    onClick={() => run(command)}
                    className="inline-flex h-8 w-8 items-center justify-center rounded text-slate-700 hover:bg-slate-100"
                  >
                    <Icon className="h-4 w-4" />
                  </button>
                ))}
                <div className="ml-auto">
                  <VariableMenu label={t('insertVariable')} onInsert={(key) => run((s) => insertText(s, `{{${key}}}`))} />
                </div>
              </div>
            ) : null}
            <textarea
              id={id}
              {...field}
              ref={mergeRefs(field.ref, textarea)}
              readOnly={readOnly}
              placeholder={readOnly ? undefined : t('placeholder')}
              spellCheck
              lang="pt-BR"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : `${id}-hint`}
              className="block h-[30rem] w-full resize-y rounded-b-md border-0 bg-white px-3 py-2 font-mono text-[13px] leading-relaxed text-slate-900 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-blue-600/30 read-only:bg-slate-50"
            />
          </div>
        </div>
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium text-slate-700">{t('previewTitle')}</p>
          <div
            data-testid="template-preview"
            aria-live="off"
            className={cn(
              readOnly ? 'h-[30rem]' : 'h-[32.6rem]',
              'overflow-auto rounded-md border border-slate-200 bg-white px-6 py-5 text-[13px] leading-relaxed text-slate-900 shadow-inner',
              '[&_h1]:mb-3 [&_h1]:text-center [&_h1]:text-base [&_h1]:font-semibold [&_h2]:mb-1.5 [&_h2]:mt-3 [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold [&_h4]:italic',
              '[&_p]:mb-2 [&_p]:text-justify [&_ol]:mb-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-2 [&_ul]:list-disc [&_ul]:pl-6 [&_li]:mb-0.5',
              '[&_table]:mb-3 [&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left',
              '[&_blockquote]:mb-2 [&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:italic [&_blockquote]:text-slate-600 [&_hr]:my-3 [&_a]:text-blue-800 [&_a]:underline',
              '[&_.tpl-var]:inline-block [&_.tpl-var]:leading-snug [&_.tpl-var]:rounded [&_.tpl-var]:bg-blue-100 [&_.tpl-var]:px-1 [&_.tpl-var]:py-px [&_.tpl-var]:text-[12px] [&_.tpl-var]:font-medium [&_.tpl-var]:text-blue-900 [&_.tpl-var]:ring-1 [&_.tpl-var]:ring-blue-200',
              '[&_.tpl-var-unknown]:bg-red-100 [&_.tpl-var-unknown]:text-red-900 [&_.tpl-var-unknown]:ring-red-300',
              '[&_.tpl-page-break]:my-4 [&_.tpl-page-break]:border-t-2 [&_.tpl-page-break]:border-dashed [&_.tpl-page-break]:border-slate-300 [&_.tpl-page-break]:text-center [&_.tpl-page-break_span]:relative [&_.tpl-page-break_span]:-top-2.5 [&_.tpl-page-break_span]:bg-white [&_.tpl-page-break_span]:px-2 [&_.tpl-page-break_span]:text-[11px] [&_.tpl-page-break_span]:uppercase [&_.tpl-page-break_span]:tracking-wide [&_.tpl-page-break_span]:text-slate-500',
            )}
          >
            {html ? (
              // Markdown rendered with raw HTML off: render-preview-html escapes every character the author typed.
              <div dangerouslySetInnerHTML={{ __html: html }} />
            ) : (
              <p className="text-slate-500">{t('previewEmpty')}</p>
            )}
          </div>
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {t('markdownHelp')} · {t('previewHint')}
        </p>
      )}
    </div>
  );
}
