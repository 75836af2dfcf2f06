// Test images for identity proof, made from the real photos that ship with @vladmandic/face-api
// (demo/sample1..6.jpg are group photos: each helper crops what a test needs). Used by the
// integration tests, the e2e setup (fake camera, ID upload) and the benchmark; not by app code.
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, loadImage, type SKRSContext2D } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);

/** Faces found in the sample photos (original pixels: x, y, width, height), one person each. */
export const samplePeople = {
  ana: { sample: 1, box: [414, 355, 178, 239] },
  bia: { sample: 1, box: [837, 420, 190, 227] },
  carla: { sample: 1, box: [1476, 198, 203, 240] },
  dora: { sample: 3, box: [585, 329, 199, 270] },
  eva: { sample: 4, box: [664, 51, 186, 261] },
  fabi: { sample: 5, box: [786, 109, 156, 212] },
} as const;
export type SamplePerson = keyof typeof samplePeople;

export function samplePath(n: number) {
  return path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', `sample${n}.jpg`);
}

type Crop = { x: number; y: number; w: number; h: number };

async function cropToJpeg(sample: number, crop: Crop, out: { width: number; height: number }, quality = 90, draw?: (ctx: SKRSContext2D) => void) {
  const img = await loadImage(samplePath(sample));
  const canvas = createCanvas(out.width, out.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, crop.x, crop.y, crop.w, crop.h, 0, 0, out.width, out.height);
  draw?.(ctx);
  return canvas.encode('jpeg', quality);
}

/** A portrait 3:4 crop centred on one person's face, as a phone's front camera would frame it. */
function portraitCrop(person: SamplePerson, zoom = 2.4): Crop {
  const [x, y, w, h] = samplePeople[person].box;
  const cw = w * zoom;
  const ch = (cw * 4) / 3;
  return { x: x + w / 2 - cw / 2, y: y + h / 2 - ch / 2 + h * 0.1, w: cw, h: ch };
}

/** A 480×640 selfie of one person from the sample photos. */
export function selfieOf(person: SamplePerson, opts: { width?: number; mirrored?: boolean } = {}) {
  const width = opts.width ?? 480;
  return cropToJpeg(samplePeople[person].sample, portraitCrop(person), { width, height: (width * 4) / 3 }, 90, (ctx) => {
    if (!opts.mirrored) return;
    const copy = ctx.getImageData(0, 0, width, (width * 4) / 3);
    const c2 = createCanvas(width, (width * 4) / 3);
    c2.getContext('2d').putImageData(copy, 0, 0);
    ctx.save();
    ctx.translate(width, 0);
    ctx.scale(-1, 1);
    ctx.drawImage(c2, 0, 0);
    ctx.restore();
  });
}

/** Two people side by side (sample1: ana and bia). */
export function twoPeople() {
  return cropToJpeg(1, { x: 300, y: 200, w: 860, h: 645 }, { width: 640, height: 480 });
}

/** A well-lit photo with nobody in it: the window behind the people of sample6. */
export function nobody() {
  return cropToJpeg(6, { x: 0, y: 0, w: 400, h: 300 }, { width: 640, height: 480 });
}

let fontReady = false;
function ensureFont() {
  if (fontReady) return;
  // DejaVu Sans (Debian fonts-dejavu-core) keeps accents; fall back to whatever the system has.
  for (const file of ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf']) {
    try {
      GlobalFonts.registerFromPath(file, file.includes('Bold') ? 'DejaVu Sans Bold' : 'DejaVu Sans');
    } catch {
      /* not installed: the default font still renders ASCII */
    }
  }
  fontReady = true;
}

/**
 * The front of a Brazilian ID card (RG-like): a photo of `person` on the left, name, CPF and birth
 * date on the right, in dark print on a light green card, as a phone photographs it on a table.
 */
export async function idDocumentOf(person: SamplePerson | null, holder: { name: string; cpf: string }, opts: { width?: number } = {}) {
  ensureFont();
  const width = opts.width ?? 1200;
  const height = Math.round(width * 0.63);
  const s = width / 1200;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#6b6b63';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#e6efe0';
  ctx.fillRect(30 * s, 30 * s, width - 60 * s, height - 60 * s);

  ctx.fillStyle = '#1f3b2a';
  ctx.font = `${34 * s}px "DejaVu Sans Bold"`;
  ctx.fillText('REPÚBLICA FEDERATIVA DO BRASIL', 300 * s, 95 * s);
  ctx.font = `${26 * s}px "DejaVu Sans"`;
  ctx.fillText('CARTEIRA DE IDENTIDADE', 300 * s, 135 * s);

  if (person) {
    const img = await loadImage(samplePath(samplePeople[person].sample));
    const c = portraitCrop(person, 1.9);
    ctx.drawImage(img, c.x, c.y, c.w, c.h, 60 * s, 180 * s, 210 * s, 280 * s);
  } else {
    ctx.fillStyle = '#c9d3c4';
    ctx.fillRect(60 * s, 180 * s, 210 * s, 280 * s);
  }

  const line = (label: string, value: string, y: number) => {
    ctx.fillStyle = '#2d4a38';
    ctx.font = `${22 * s}px "DejaVu Sans"`;
    ctx.fillText(label, 300 * s, y * s);
    ctx.fillStyle = '#111111';
    ctx.font = `${36 * s}px "DejaVu Sans Bold"`;
    ctx.fillText(value, 300 * s, (y + 42) * s);
  };
  line('NOME', holder.name.toUpperCase(), 210);
  line('CPF', formatCpf(holder.cpf), 320);
  line('DATA DE NASCIMENTO', '14/03/1986', 430);
  ctx.fillStyle = '#2d4a38';
  ctx.font = `${20 * s}px "DejaVu Sans"`;
  ctx.fillText('VÁLIDA EM TODO O TERRITÓRIO NACIONAL', 300 * s, 560 * s);
  return canvas.encode('jpeg', 88);
}

export function formatCpf(cpf: string) {
  const d = cpf.replace(/\D/g, '');
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9, 11)}`;
}
