'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { bigButton } from '@/components/signer/big-button';
import { framingAdvice, type FramingAdvice } from '@/lib/identity/face-rules';
import { loadFaceDetector } from './face-detector';

export type CameraProblem = 'denied' | 'unavailable';

/** Mean luminance of the frame, from a 32×24 thumbnail (cheap enough for every frame). */
function brightnessOf(video: HTMLVideoElement, canvas: HTMLCanvasElement): number {
  canvas.width = 32;
  canvas.height = 24;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return 255;
  ctx.drawImage(video, 0, 0, 32, 24);
  const d = ctx.getImageData(0, 0, 32, 24).data;
  let sum = 0;
  for (let i = 0; i < d.length; i += 4) sum += 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
  return sum / (d.length / 4);
}

/**
 * The live camera. With `detectFaces` (the selfie) the shutter enables only while exactly one face,
 * large and centred enough, is in view, and the guidance says what to change; the last detection
 * time per frame is exposed as data-detect-ms (the benchmark reads it).
 */
export function CameraView(props: {
  facing: 'user' | 'environment';
  detectFaces: boolean;
  shutterLabel: string;
  videoLabel: string;
  busy: boolean;
  onCapture: (photo: Blob) => void;
  onProblem: (problem: CameraProblem) => void;
}) {
  const { facing, detectFaces, onProblem } = props;
  const t = useTranslations('identity');
  const video = useRef<HTMLVideoElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const [live, setLive] = useState(false);
  const [detectorReady, setDetectorReady] = useState(!detectFaces);
  const [advice, setAdvice] = useState<FramingAdvice | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return onProblem('unavailable');
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: facing, width: { ideal: facing === 'user' ? 640 : 1280 }, height: { ideal: facing === 'user' ? 480 : 720 } }, audio: false });
      } catch (err) {
        const name = (err as DOMException)?.name;
        return onProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable');
      }
      if (cancelled || !video.current) return stream.getTracks().forEach((tr) => tr.stop());
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      setLive(true);
    })();
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [facing, onProblem]);

  useEffect(() => {
    if (!detectFaces || !live) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    scratch.current ??= document.createElement('canvas');
    (async () => {
      const detector = await loadFaceDetector();
      if (stop) return;
      setDetectorReady(true);
      const loop = async () => {
        const v = video.current;
        if (stop || !v) return;
        if (v.readyState >= 2 && v.videoWidth) {
          const started = performance.now();
          const faces = await detector.detect(v);
          if (box.current) box.current.dataset.detectMs = String(Math.round(performance.now() - started));
          if (stop) return;
          setAdvice(framingAdvice(faces, { width: v.videoWidth, height: v.videoHeight, brightness: brightnessOf(v, scratch.current!) }));
        }
        timer = setTimeout(loop, 120);
      };
      await loop();
    })().catch((err: unknown) => {
      console.error('[identity] face detector unavailable', err);
      setAdvice(null);
    });
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [detectFaces, live]);

  const capture = useCallback(() => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && props.onCapture(blob), 'image/jpeg', 0.92);
  }, [props]);

  const canShoot = live && !props.busy && (!detectFaces || advice === 'ok');
  const message = !live ? t('selfie.loading') : !detectorReady ? t('selfie.loadingDetector') : advice ? t(`advice.${advice}`) : t('selfie.loadingDetector');

  return (
    <div ref={box} className="space-y-3" data-advice={advice ?? ''}>
      <div className="relative overflow-hidden rounded-lg bg-slate-900">
        <video
          ref={video}
          playsInline
          muted
          aria-label={props.videoLabel}
          className={`block aspect-[4/3] w-full object-cover ${facing === 'user' ? '-scale-x-100' : ''}`}
        />
        {detectFaces ? (
          <div aria-hidden className={`pointer-events-none absolute left-1/2 top-1/2 h-[70%] w-[45%] -translate-x-1/2 -translate-y-1/2 rounded-[50%] border-4 ${advice === 'ok' ? 'border-green-400' : 'border-white/70'}`} />
        ) : null}
      </div>
      {detectFaces ? (
        <p role="status" aria-live="polite" className={`rounded-md px-3 py-2 text-center text-base font-medium ${advice === 'ok' ? 'bg-green-50 text-green-900' : 'bg-slate-100 text-slate-800'}`}>
          {message}
        </p>
      ) : null}
      <Button type="button" className={bigButton} disabled={!canShoot} onClick={capture}>
        {props.shutterLabel}
      </Button>
    </div>
  );
}
