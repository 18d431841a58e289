import { afterEach, describe, expect, it } from 'vitest';
import { SLEEP_DEBT_HIGH_H } from '../../../src/core/load-warnings.js';
import { DEBT_REASON_H } from '../../../src/core/readiness.js';
import { setLang } from '../../../src/render/lang.js';
import { sayCodeName, sayCodeRule } from '../../../src/render/messages/explain.js';

describe("explain's words for a code", () => {
  afterEach(() => setLang('en'));

  it('names both thresholds of sleep debt: the warning, and where it starts to count against being ready today', () => {
    expect(sayCodeRule('sleep-debt')).toContain(`more than ${SLEEP_DEBT_HIGH_H} h short`);
    expect(sayCodeRule('sleep-debt')).toContain(`from ${DEBT_REASON_H} h short`);
    setLang('nl');
    expect(sayCodeRule('sleep-debt')).toContain(`meer dan ${SLEEP_DEBT_HIGH_H} u`);
    expect(sayCodeRule('sleep-debt')).toContain(`vanaf ${DEBT_REASON_H} u tekort`);
  });

  it('names the rest-streak warnings as the report titles them', () => {
    expect([sayCodeName('no-rest-streak'), sayCodeName('plan-no-rest-streak')]).toEqual(['Long run without rest', 'Plan has a long run without rest']);
    setLang('nl');
    expect([sayCodeName('no-rest-streak'), sayCodeName('plan-no-rest-streak')]).toEqual(['Lange reeks zonder rust', 'Plan heeft een lange reeks zonder rust']);
  });
});
