// The region map's first-frame row: from the later of the map's responses the
// page waited for (those ended before it took the data in) to its first frame.
import { describe, expect, it } from 'vitest';
import { firstFrameAfterData } from '../../bench/rows/map-region.ts';

const marks = [{ name: 'sk-map-data', startTime: 900 }, { name: 'sk-map-shown', startTime: 905 }, { name: 'sk-interactive', startTime: 1400 }];
const at = (path: string, responseEnd: number) => ({ name: `http://127.0.0.1:4000${path}`, responseEnd });

describe('firstFrameAfterData', () => {
  it('counts from the last of the map reads that ended before the data was taken in', () => {
    const r = firstFrameAfterData({
      marks,
      resources: [at('/assets/map.js', 300), at('/api/map', 820), at('/graphql', 700), at('/graphql', 850), at('/graphql', 1200), at('/auth/me', 880)],
    });
    // /graphql at 1200 came after the data was taken in (the details, say): not one the first frame waited for; /auth/me is not a map read
    expect(r).toEqual({ arrived: 850, ms: 550, fromTaken: 500 });
  });

  it('is null without the map response or without a mark', () => {
    expect(firstFrameAfterData({ marks, resources: [at('/graphql', 700)] })).toBeNull();
    expect(firstFrameAfterData({ marks: marks.filter((m) => m.name !== 'sk-interactive'), resources: [at('/api/map', 820)] })).toBeNull();
  });
});
