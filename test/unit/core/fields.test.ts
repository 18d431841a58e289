import { describe, expect, it } from 'vitest';
import {
  checkDay,
  fieldByKey,
  InvalidValue,
  parseNumber,
  parseSession,
  parseYesNo,
} from '../../../src/core/fields.js';
import { day, strength } from '../../helpers/days.js';

describe('parseNumber', () => {
  const sleep = fieldByKey('sleepHours');
  const fatigue = fieldByKey('fatigue');

  it.each([
    ['7.5', 7.5],
    ['7,25', 7.25],
    ['7:30', 7.5],
    [' 8 ', 8],
    ['0', 0],
    ['24', 24],
  ])('reads sleep %j as %d', (text, hours) => {
    expect(parseNumber(sleep, text)).toBe(hours);
  });

  it.each(['24.5', '-1', 'seven', '', '7.5h', '1e1', 'NaN', 'Infinity'])('refuses sleep %j naming the range', (text) => {
    expect(() => parseNumber(sleep, text)).toThrow(`sleep must be a number from 0 to 24, got "${text}"`);
  });

  it('keeps scales whole and within 1-5', () => {
    expect(parseNumber(fatigue, '4')).toBe(4);
    expect(() => parseNumber(fatigue, '3.5')).toThrow('fatigue must be a whole number from 1 to 5, got "3.5"');
    expect(() => parseNumber(fatigue, '6')).toThrow(InvalidValue);
    expect(() => parseNumber(fatigue, '7:30')).toThrow(InvalidValue);
  });
});

describe('sessions', () => {
  it('reads TYPE:MINUTES:RPE', () => {
    expect(parseSession('strength:60:8')).toEqual({ type: 'strength', minutes: 60, rpe: 8 });
    expect(parseSession('active-recovery:30:1.5')).toEqual({ type: 'active-recovery', minutes: 30, rpe: 1.5 });
  });

  it.each([
    ['yoga:60:3', /TYPE one of strength, hiit/],
    ['strength:60', /TYPE:MINUTES:RPE/],
    ['strength:0:5', /session minutes must be a number from 1 to 1440/],
    ['strength:60:11', /session RPE must be a number from 0 to 10, got "11"/],
    ['strength:sixty:5', /session minutes/],
  ])('refuses %j', (text, message) => {
    expect(() => parseSession(text)).toThrow(message);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['no', false],
    ['0', false],
  ])('%j is %s', (text, value) => expect(parseYesNo('meal', text)).toBe(value));
  it('refuses anything else', () => expect(() => parseYesNo('--post-meal', 'maybe')).toThrow('--post-meal must be yes or no'));
});

describe('checkDay', () => {
  it('accepts a plausible day', () => {
    expect(() => checkDay(day('2026-11-20', { sleepHours: 7, fatigue: 2, sessions: [strength()] }))).not.toThrow();
  });
  it('refuses sessions longer than a day in total', () => {
    expect(() => checkDay(day('2026-11-20', { sessions: [strength(1000), strength(500)] }))).toThrow('1500 minutes');
  });
  it('refuses values stored out of range', () => {
    expect(() => checkDay(day('2026-11-20', { soreness: 9 }))).toThrow('muscle soreness must be a whole number from 1 to 5');
  });
});
