import { afterEach, describe, expect, it } from 'vitest';
import { SLEEP_DEBT_HIGH_H } from '../../../src/core/load-warnings.js';
import { DEBT_REASON_H } from '../../../src/core/readiness.js';
import { setLang } from '../../../src/render/lang.js';
import { sayCodeRule } from '../../../src/render/messages/explain.js';

describe("explain's rule of a code with two thresholds", () => {
  afterEach(() => setLang('en'));

  it('names both: the warning, and where it starts to count against being ready today', () => {
    expect(sayCodeRule('sleep-debt')).toContain(`more than ${SLEEP_DEBT_HIGH_H} h short`);
    expect(sayCodeRule('sleep-debt')).toContain(`from ${DEBT_REASON_H} h short`);
    setLang('nl');
    expect(sayCodeRule('sleep-debt')).toContain(`meer dan ${SLEEP_DEBT_HIGH_H} u`);
    expect(sayCodeRule('sleep-debt')).toContain(`vanaf ${DEBT_REASON_H} u tekort`);
  });
});
