import { describe, expect, it } from 'vitest';
import { inert } from '../../src/render/format.js';

describe('inert', () => {
  it.each([
    ['plain text, ümlaut and 😀', 'plain text, ümlaut and 😀'],
    ['\u001b[2J\u001b[31mred', '␛[2J␛[31mred'],
    ['line1\n=line2', 'line1␊=line2'],
    ['tab\there', 'tab␉here'],
    ['\u009b31m', '<U+009B>31m'],
    ['abc\u202Efed', 'abc<U+202E>fed'],
    ['bell\u0007 and del\u007f', 'bell␇ and del␡'],
  ])('shows %j as %j', (text, shown) => {
    expect(inert(text)).toBe(shown);
  });
});
