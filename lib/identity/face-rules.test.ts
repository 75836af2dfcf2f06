import { describe, expect, it } from 'vitest';
import { faceDistance, framingAdvice } from './face-rules';

const frame = { width: 640, height: 480, brightness: 120 };

describe('camera guidance', () => {
  it('enables the shutter only for one large, centred face in enough light', () => {
    expect(framingAdvice([{ x: 220, y: 120, width: 200, height: 240 }], frame)).toBe('ok');
    expect(framingAdvice([], frame)).toBe('no_face');
    expect(framingAdvice([{ x: 100, y: 100, width: 200, height: 240 }, { x: 350, y: 100, width: 200, height: 240 }], frame)).toBe('many_faces');
    expect(framingAdvice([{ x: 290, y: 200, width: 60, height: 80 }], frame)).toBe('closer');
    expect(framingAdvice([{ x: 0, y: 120, width: 200, height: 240 }], frame)).toBe('center');
    expect(framingAdvice([{ x: 220, y: 120, width: 200, height: 240 }], { ...frame, brightness: 30 })).toBe('more_light');
    expect(framingAdvice([], { ...frame, brightness: 20 })).toBe('more_light');
  });
});

describe('face distance', () => {
  it('is euclidean', () => {
    expect(faceDistance([0, 3], [4, 0])).toBe(5);
    expect(() => faceDistance([1], [1, 2])).toThrow();
  });
});
