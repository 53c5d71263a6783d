import { describe, expect, it } from 'vitest';
import { luminanceOf } from '../../../src/content/page-theme';

describe('luminanceOf', () => {
  it('reads rgb and rgba colours', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminanceOf('rgb(0, 0, 0)')).toBe(0);
    expect(luminanceOf('rgb(22 23 26 / 1)')!).toBeLessThan(0.18);
  });
  it('ignores transparent backgrounds so the element below decides', () => {
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(luminanceOf('transparent')).toBeUndefined();
  });
});
