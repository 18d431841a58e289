import { describe, expect, it } from 'vitest';
import { daysPieces, EXCEL } from '../../../src/render/csv.js';
import { machineJson, machineNumber } from '../../../src/render/json.js';
import { day } from '../../helpers/days.js';

describe('numbers for scripts', () => {
  it('carry no floating-point noise, and keep every figure to 6 decimals', () => {
    expect([81.6 + 44.8, 0.1 + 0.2, 178.3425413386162, 7.774285714285715, 5, -0.20000000000000018, 1e21].map(machineNumber)).toEqual([
      126.4, 0.3, 178.342541, 7.774286, 5, -0.2, 1e21,
    ]);
    expect(machineJson({ load: 81.6 + 44.8, nested: [{ debtH: 0.4800000000000004 }], none: null })).toBe(
      '{\n  "load": 126.4,\n  "nested": [\n    {\n      "debtH": 0.48\n    }\n  ],\n  "none": null\n}\n',
    );
  });

  it("in the days CSV: a day's load summed from two imported sessions", () => {
    // The real WHOOP export's 2023-12-30: each session's load is 2 x TRIMP.
    const sessions = [
      { type: 'strength' as const, minutes: 24, rpe: null, source: 'whoop', externalId: 'w1', trimp: 40.8 },
      { type: 'active-recovery' as const, minutes: 14, rpe: null, source: 'whoop', externalId: 'w2', trimp: 22.3 },
    ];
    const d = day('2023-12-30', { sessions, trainingLogged: true });
    expect(daysPieces()([d], true).split('\r\n')[1]).toContain(',126.4,');
    expect(daysPieces(EXCEL)([d], true).split('\r\n')[1]).toContain(';126,4;');
  });

  it('leaves stored values in the CSV exact: it is the backup', () => {
    const d = day('2020-02-02', { proteinG: 123.456789123, sleepHours: 7.3333 });
    expect(daysPieces()([d], true).split('\r\n')[1]).toMatch(/^2020-02-02,7\.3333,.*,123\.456789123,/);
  });
});
