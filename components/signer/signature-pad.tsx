'use client';

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { Button } from '@/components/ui/button';

export type SignaturePadHandle = { isEmpty(): boolean; clear(): void; toPng(): Promise<Blob | null> };

/**
 * A dependency-free drawing pad: pointer events (finger, pen, mouse), smooth enough lines,
 * "Limpar", and PNG export. touch-action:none keeps the page from scrolling while drawing.
 */
export function SignaturePad({ ref, label, clearLabel, onChange }: { ref?: Ref<SignaturePadHandle>; label: string; clearLabel: string; onChange?: (empty: boolean) => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const empty = useRef(true);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    // Backing store in device pixels so the stroke stays crisp on phones.
    const ratio = Math.max(1, Math.min(window.devicePixelRatio || 1, 3));
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.round(rect.width * ratio);
    canvas.height = Math.round(rect.height * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#0f172a';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const clear = () => {
    const canvas = canvasRef.current!;
    canvas.getContext('2d')!.clearRect(0, 0, canvas.width, canvas.height);
    empty.current = true;
    onChange?.(true);
  };

  useImperativeHandle(ref, () => ({
    isEmpty: () => empty.current,
    clear,
    toPng: () => new Promise((resolve) => canvasRef.current!.toBlob((b) => resolve(b), 'image/png')),
  }));

  return (
    <div className="space-y-2">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={label}
        className="block h-44 w-full touch-none rounded-md border-2 border-dashed border-slate-400 bg-white"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          last.current = point(e);
          const ctx = e.currentTarget.getContext('2d')!;
          ctx.beginPath();
          ctx.arc(last.current.x, last.current.y, 1.2, 0, Math.PI * 2);
          ctx.fillStyle = '#0f172a';
          ctx.fill();
        }}
        onPointerMove={(e) => {
          if (!drawing.current || !last.current) return;
          const p = point(e);
          const ctx = e.currentTarget.getContext('2d')!;
          ctx.beginPath();
          ctx.moveTo(last.current.x, last.current.y);
          ctx.lineTo(p.x, p.y);
          ctx.stroke();
          last.current = p;
          if (empty.current) {
            empty.current = false;
            onChange?.(false);
          }
        }}
        onPointerUp={() => {
          drawing.current = false;
          last.current = null;
        }}
        onPointerCancel={() => {
          drawing.current = false;
          last.current = null;
        }}
      />
      <Button type="button" variant="secondary" className="h-11 px-5 text-base" onClick={clear}>
        {clearLabel}
      </Button>
    </div>
  );
}
