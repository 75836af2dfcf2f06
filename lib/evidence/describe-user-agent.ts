import { UAParser } from 'ua-parser-js';

/** What the evidence says about the signer's device, from the User-Agent (ua-parser-js 1.x, MIT). */
export type DeviceDescription = {
  /** mobile / tablet / desktop (no device type in the UA means a desktop browser). */
  type: 'mobile' | 'tablet' | 'desktop' | 'other';
  vendor: string | null;
  model: string | null;
  os: string | null;
  browser: string | null;
};

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || null;

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription | null {
  if (!userAgent) return null;
  const r = new UAParser(userAgent.slice(0, 500)).getResult();
  const t = r.device.type;
  return {
    type: t === 'mobile' || t === 'tablet' ? t : t ? 'other' : 'desktop',
    vendor: r.device.vendor ?? null,
    model: r.device.model ?? null,
    os: join(r.os.name, r.os.version),
    browser: join(r.browser.name, r.browser.version),
  };
}
