export type Position = { lat: number; lon: number; accuracy: number };
export type PositionResult = { position: Position } | { position: null; reason: 'denied' | 'unavailable' };

/**
 * The device's position, or why there is none: the person said no ('denied'), or the device cannot
 * tell or takes too long on a weak connection ('unavailable'). Unless the integration requires it,
 * signing goes on without it.
 */
export function askPosition(timeoutMs = 10_000): Promise<PositionResult> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve({ position: null, reason: 'unavailable' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ position: null, reason: 'unavailable' }), timeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ position: { lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy } });
      },
      (err) => {
        clearTimeout(timer);
        resolve({ position: null, reason: err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60_000 },
    );
  });
}
