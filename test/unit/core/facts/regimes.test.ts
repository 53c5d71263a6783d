import { expect, it } from 'vitest';
import { regimeLabel } from '../../../../src/core/facts/regimes';

it('names every sanctions programme in words, the ones it has no words for as the list tags them', () => {
  expect(regimeLabel('US-SDNTK')).toBe('US Foreign Narcotics Kingpin sanctions list');
  expect(regimeLabel('US-GLOMAG')).toBe('US Treasury sanctions list (programme GLOMAG)');
  expect(regimeLabel('UN-DPRK')).toBe("UN Security Council's sanctions list on North Korea");
  expect(regimeLabel('UN-Libya')).toBe("UN Security Council's sanctions list on Libya");
});
