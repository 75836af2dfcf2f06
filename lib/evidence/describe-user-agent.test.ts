import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './describe-user-agent';

describe('the device recorded with a signature', () => {
  it('tells phone, operating system and browser apart', () => {
    const android = 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36';
    expect(describeUserAgent(android)).toEqual({ type: 'mobile', vendor: 'Samsung', model: 'SM-A536E', os: 'Android 13', browser: 'Chrome 124.0.6367.82' });
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1';
    expect(describeUserAgent(iphone)).toMatchObject({ type: 'mobile', vendor: 'Apple', model: 'iPhone', os: 'iOS 16.6', browser: 'Mobile Safari 16.6' });
    const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0';
    expect(describeUserAgent(windows)).toMatchObject({ type: 'desktop', os: 'Windows 10', browser: 'Edge 124.0.0.0' });
  });

  it('records nothing without a user agent', () => {
    expect(describeUserAgent(null)).toBeNull();
    expect(describeUserAgent('')).toBeNull();
  });
});
