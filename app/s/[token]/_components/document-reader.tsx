'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';
import { Button } from '@/components/ui/button';
import { pdfjsBaseUrl } from '@/lib/http/pdfjs-asset';

// Loaded only at the reading step (next/dynamic in signing-flow.tsx): this module is the only one
// that pulls PDF.js into the browser. Its worker and data files come from our own origin.
const base = pdfjsBaseUrl(pdfjs.version);
pdfjs.GlobalWorkerOptions.workerSrc = `${base}/legacy/build/pdf.worker.min.mjs`;
const options = { cMapUrl: `${base}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${base}/standard_fonts/`, wasmUrl: `${base}/wasm/`, iccUrl: `${base}/iccs/` };

const ZOOMS = [0.75, 1, 1.25, 1.5, 2, 3];
/** Pages rendered ahead of and behind the screen; everything farther is an empty box of the right size. */
const RENDER_MARGIN = '150% 0px';
const A4 = 297 / 210;

export type ReaderDocument = { id: string; name: string; pages: number };

export type DocumentReaderProps = {
  url: string;
  document: ReaderDocument;
  /** "Leitura obrigatória": the finish button waits for the last page. */
  readRequired: boolean;
  /** Called once, the first time the last page has been scrolled through. */
  onReachedEnd: (pages: number) => void;
  /** Leaving the reader, with the furthest page the signer scrolled through. */
  onFinish: (lastPage: number, reachedEnd: boolean) => void;
  onBack: (lastPage: number) => void;
  finishing: boolean;
  error: string | null;
};

/**
 * A phone-first PDF reader: every page is a box sized from the page's proportions, and only the
 * boxes near the screen hold a canvas (IntersectionObserver), so a 100-page contract scrolls like
 * a 1-page one and memory stays flat. Zoom buttons widen the pages (the column then scrolls
 * sideways); the browser's own pinch zoom keeps working too.
 */
export function DocumentReader(props: DocumentReaderProps) {
  const { url, document, readRequired } = props;
  const t = useTranslations('signer.read');
  const heading = useRef<HTMLHeadingElement>(null);
  const column = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [pages, setPages] = useState(0);
  const [ratios, setRatios] = useState<Record<number, number>>({});
  const [near, setNear] = useState<Set<number>>(() => new Set([1]));
  const [current, setCurrent] = useState(1);
  const [furthest, setFurthest] = useState(0);
  const [failed, setFailed] = useState(false);
  const reachedEnd = pages > 0 && furthest >= pages;
  const reportedEnd = useRef(false);

  useEffect(() => heading.current?.focus(), []);

  // The column's width decides the page width; follows rotation and resizes.
  useEffect(() => {
    const el = column.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const pageWidth = Math.max(200, Math.floor(width * zoom));
  const ratio = (n: number) => ratios[n] ?? ratios[1] ?? A4;

  // Which pages are near the screen (render them) and which have been scrolled through.
  const measured = width > 0;
  const [painted, setPainted] = useState<Set<number>>(() => new Set());
  useEffect(() => {
    const root = column.current;
    if (!pages || !measured || !root) return;
    const render = new IntersectionObserver(
      (entries) =>
        setNear((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.page);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        }),
      { rootMargin: RENDER_MARGIN },
    );
    const visible = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) setCurrent(Number((e.target as HTMLElement).dataset.page));
      },
      { rootMargin: '-45% 0px -45% 0px' },
    );
    // A page counts as read when its bottom edge has been on screen.
    const through = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) setFurthest((f) => Math.max(f, Number((e.target as HTMLElement).dataset.page)));
    });
    for (const el of root.querySelectorAll('[data-box]')) {
      render.observe(el);
      visible.observe(el);
    }
    for (const el of root.querySelectorAll('[data-end]')) through.observe(el);
    return () => {
      render.disconnect();
      visible.disconnect();
      through.disconnect();
    };
  }, [pages, measured]);

  const { onReachedEnd } = props;
  useEffect(() => {
    if (reachedEnd && !reportedEnd.current) {
      reportedEnd.current = true;
      onReachedEnd(pages);
    }
  }, [reachedEnd, pages, onReachedEnd]);

  // Zooming keeps the page being read on screen.
  const changeZoom = useCallback(
    (next: number) => {
      const page = current;
      setZoom(next);
      requestAnimationFrame(() => column.current?.querySelector(`[data-box="${page}"]`)?.scrollIntoView({ block: 'start' }));
    },
    [current],
  );
  const zoomIndex = ZOOMS.indexOf(zoom);

  const onLoad = useCallback(async (pdf: { numPages: number; getPage: (n: number) => Promise<{ view: number[] }> }) => {
    const first = await pdf.getPage(1);
    const [x0, y0, x1, y1] = first.view;
    setRatios((r) => ({ 1: Math.abs(y1 - y0) / Math.abs(x1 - x0) || A4, ...r }));
    setPages(pdf.numPages);
  }, []);

  const pageNumbers = useMemo(() => Array.from({ length: pages }, (_, i) => i + 1), [pages]);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);

  return (
    <section aria-labelledby="reader-title" className="space-y-3">
      <div className="flex items-start justify-between gap-2">
        <h1 id="reader-title" ref={heading} tabIndex={-1} className="min-w-0 break-words text-lg font-semibold text-slate-900 outline-none">
          {document.name}
        </h1>
        <Button type="button" variant="ghost" className="h-11 shrink-0 px-3 text-base" onClick={() => props.onBack(furthest)}>
          {t('back')}
        </Button>
      </div>

      <div role="toolbar" aria-label={t('toolbar')} className="sticky top-0 z-10 -mx-4 flex items-center gap-1 border-y border-slate-200 bg-white/95 px-4 py-1 backdrop-blur">
        <p aria-live="polite" className="mr-auto whitespace-nowrap text-sm tabular-nums text-slate-700">
          {pages ? (
            <>
              <span className="sr-only">{t('pageOf', { page: current, pages })}</span>
              <span aria-hidden>{t('pageShort', { page: current, pages })}</span>
            </>
          ) : (
            t('loadingShort')
          )}
        </p>
        <Button type="button" variant="secondary" className="h-11 w-11 px-0 text-xl" aria-label={t('zoomOut')} disabled={zoomIndex <= 0} onClick={() => changeZoom(ZOOMS[zoomIndex - 1])}>
          −
        </Button>
        <span className="w-12 text-center text-sm tabular-nums text-slate-700" aria-label={t('zoomLevel', { percent: Math.round(zoom * 100) })}>
          {Math.round(zoom * 100)}%
        </span>
        <Button type="button" variant="secondary" className="h-11 w-11 px-0 text-xl" aria-label={t('zoomIn')} disabled={zoomIndex >= ZOOMS.length - 1} onClick={() => changeZoom(ZOOMS[zoomIndex + 1])}>
          +
        </Button>
        <a href={`${url}?download=1`} download className="ml-1 flex h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100" aria-label={t('downloadNamed', { name: document.name })}>
          {t('downloadShort')}
        </a>
      </div>

      <div ref={column} className="-mx-4 overflow-x-auto bg-slate-200 py-2">
        <Document
          file={url}
          options={options}
          onLoadSuccess={onLoad}
          onLoadError={() => setFailed(true)}
          loading={<p className="p-6 text-center text-base text-slate-700">{t('loading')}</p>}
          error={<span />}
          className="flex flex-col items-center gap-2"
        >
          {measured
            ? pageNumbers.map((n) => (
                <div
                  key={n}
                  data-page={n}
                  data-box={n}
                  data-painted={painted.has(n) ? '1' : undefined}
                  className="relative shrink-0 scroll-mt-16 bg-white shadow-sm"
                  style={{ width: pageWidth, height: Math.round(pageWidth * ratio(n)) }}
                  aria-label={t('pageLabel', { page: n, pages })}
                  role="img"
                >
                  {near.has(n) ? (
                    <Page
                      pageNumber={n}
                      width={pageWidth}
                      devicePixelRatio={dpr}
                      renderTextLayer={false}
                      renderAnnotationLayer={false}
                      loading={null}
                      onLoadSuccess={(p) => {
                        const r = p.originalHeight / p.originalWidth;
                        if (r && Math.abs(r - ratio(n)) > 0.001) setRatios((all) => ({ ...all, [n]: r }));
                      }}
                      onRenderSuccess={() => setPainted((all) => (all.has(n) ? all : new Set(all).add(n)))}
                    />
                  ) : null}
                  <div
                    aria-hidden
                    data-page={n}
                    data-end={n}
                    className="absolute bottom-0 left-0 h-px w-full"
                  />
                </div>
              ))
            : null}
        </Document>
        {failed ? (
          <p role="alert" className="mx-4 rounded-md bg-white p-4 text-base text-slate-800">
            {t('renderFailed')}{' '}
            <a href={`${url}?download=1`} download className="font-medium text-blue-800 underline">
              {t('download')}
            </a>
          </p>
        ) : null}
      </div>

      <div className="sticky bottom-0 z-10 -mx-4 flex items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
        {props.error ? (
          <p role="alert" className="min-w-0 flex-1 text-sm font-medium text-red-800">
            {props.error}
          </p>
        ) : (
          <p aria-live="polite" className="min-w-0 flex-1 text-sm leading-snug text-slate-700">
            {reachedEnd ? `✓ ${t('reachedEnd')}` : readRequired ? t('scrollToEnd') : t('scrollOptional')}
          </p>
        )}
        <Button type="button" className="h-12 shrink-0 px-4 text-base" disabled={props.finishing || (readRequired && !reachedEnd)} onClick={() => props.onFinish(furthest, reachedEnd)}>
          {props.finishing ? t('confirming') : t('finish')}
        </Button>
      </div>
    </section>
  );
}
