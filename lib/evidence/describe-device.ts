/**
 * "Android 14 · Chrome 131" from a user agent: what a reader of the certificate can make sense of.
 * The full user agent stays in the trail (and its JSON export) for anyone who needs every detail.
 */
export function describeDevice(userAgent: string | null | undefined): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  const os =
    match(ua, /Android ([\d.]+)/, (v) => `Android ${v}`) ??
    match(ua, /(?:iPhone|CPU) OS ([\d_]+)/, (v) => `iOS ${v.replace(/_/g, '.')}`) ??
    match(ua, /iPad.*OS ([\d_]+)/, (v) => `iPadOS ${v.replace(/_/g, '.')}`) ??
    match(ua, /Windows NT ([\d.]+)/, (v) => `Windows ${({ '10.0': '10/11', '6.3': '8.1', '6.1': '7' } as Record<string, string>)[v] ?? v}`) ??
    match(ua, /Mac OS X ([\d_]+)/, (v) => `macOS ${v.replace(/_/g, '.')}`) ??
    (/CrOS/.test(ua) ? 'ChromeOS' : /Linux/.test(ua) ? 'Linux' : null);
  const browser =
    match(ua, /SamsungBrowser\/([\d]+)/, (v) => `Samsung Internet ${v}`) ??
    match(ua, /Edg(?:A|iOS)?\/([\d]+)/, (v) => `Edge ${v}`) ??
    match(ua, /OPR\/([\d]+)/, (v) => `Opera ${v}`) ??
    match(ua, /Firefox\/([\d]+)/, (v) => `Firefox ${v}`) ??
    match(ua, /FxiOS\/([\d]+)/, (v) => `Firefox ${v}`) ??
    match(ua, /CriOS\/([\d]+)/, (v) => `Chrome ${v}`) ??
    match(ua, /Chrome\/([\d]+)/, (v) => `Chrome ${v}`) ??
    match(ua, /Version\/([\d.]+).*Safari/, (v) => `Safari ${v}`) ??
    null;
  const mobile = /Mobile|Android|iPhone/.test(ua) ? 'celular' : null;
  const parts = [os, browser].filter(Boolean);
  if (parts.length === 0) return ua.slice(0, 80);
  return `${parts.join(' · ')}${mobile && os && !/Android|iOS/.test(os) ? ` (${mobile})` : ''}`;
}

function match(ua: string, re: RegExp, format: (v: string) => string): string | null {
  const m = re.exec(ua);
  return m ? format(m[1]) : null;
}
