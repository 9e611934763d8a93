import { describe, expect, it } from 'vitest';
import { recommendationByCode, recommendations } from './recommendations';

describe('the recommended activities of seed 003 §6.1', () => {
  it('are 2a to 2i, each coded under one of the 12 action types', () => {
    expect(recommendations.map((entry) => entry.code)).toEqual(['2a', '2b', '2c', '2d', '2e', '2f', '2g', '2h', '2i']);
    for (const entry of recommendations) expect(entry.typeId >= 1 && entry.typeId <= 12).toBe(true);
  });

  it.each([
    ['2a', 10], ['2b', 5], ['2c', 4], ['2d', 6], ['2e', 9], ['2f', 12], ['2g', 4], ['2h', 4], ['2i', 1],
  ])('%s is coded as type %i', (code, typeId) => {
    expect(recommendationByCode(code)?.typeId).toBe(typeId);
  });

  it('offers example targets at the three levels of §4.2, each measurable', () => {
    for (const entry of recommendations) {
      expect(entry.examples.map((example) => example.level)).toEqual(['breed', 'middenweg', 'smal']);
      for (const example of entry.examples) expect(example.targetValue).toBeGreaterThan(0);
    }
    // §4.2's own example: "Er worden in het komende jaar 3 werkbegeleiders geworven en opgeleid" for a proeftuin.
    expect(recommendationByCode('2e')?.examples[1]).toMatchObject({ indicator: 'Werkbegeleiders geworven en opgeleid', targetValue: 3 });
  });
});
