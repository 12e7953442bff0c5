// System.Decimal's arithmetic (src/engine/decimal.ts) on its own: scale rules, rounding half to even at
// 28 decimals and 96 bits, the range's edges, conversions from and to Double. Expected values are what
// pwsh 7.6.10 prints for the same Decimal expressions (the corpus area decimal holds them end to end).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DecimalDivideByZero, DecimalOverflow, MAX_MANTISSA, add, ceiling, compare, div, fixedDigits, floor, fromDouble, mod, mul,
  negate, parseDecimalText, round, sub, toDouble, toText, toWholeEven, truncate, type Dec,
} from '../src/engine/decimal.js';

/** A Decimal from its literal text (as `1.10d` reads). */
const d = (text: string): Dec => {
  const v = parseDecimalText(text);
  assert.ok(v, `not a decimal: ${text}`);
  return v;
};
const show = (v: Dec) => toText(v);
const MAX = '79228162514264337593543950335';

test('parsing keeps the scale and rounds past 28 decimals half to even', () => {
  assert.equal(show(d('1.10')), '1.10');
  assert.equal(show(d('0.0')), '0.0');
  assert.equal(show(d('1e2')), '100');
  assert.equal(show(d('12.50e1')), '125.0');
  assert.equal(show(d('1.5e-3')), '0.0015');
  assert.equal(show(d('1.00000000000000000000000000005')), '1.0000000000000000000000000000');
  assert.equal(show(d('1.00000000000000000000000000015')), '1.0000000000000000000000000002');
  assert.equal(show(d('0.00000000000000000000000000001')), '0.0000000000000000000000000000');
  assert.equal(show(d('12345678901234567890123456789.5')), '12345678901234567890123456790');
  assert.equal(show(d(MAX)), MAX);
  assert.equal(show(d(`-${MAX}`)), `-${MAX}`);
  assert.throws(() => d('79228162514264337593543950336'), DecimalOverflow);
  assert.throws(() => d('79228162514264337593543950335.5'), DecimalOverflow);
  assert.equal(parseDecimalText('abc'), undefined);
  assert.equal(parseDecimalText('.'), undefined);
});

test('+ and - keep the larger scale; a result past 96 bits loses digits, rounded half to even', () => {
  assert.equal(show(add(d('1.10'), d('1'))), '2.10');
  assert.equal(show(sub(d('1.10'), d('1.1'))), '0.00');
  assert.equal(show(add(d('0.1000000000000000000000000001'), d('1'))), '1.1000000000000000000000000001');
  assert.equal(show(add(d('7922816251426433759354395033.5'), d('0.05'))), '7922816251426433759354395034');
  assert.equal(show(add(d(MAX), d('0.4'))), MAX);
  assert.equal(show(add(d('79228162514264337593543950334'), d('0.5'))), '79228162514264337593543950334');
  assert.equal(show(sub(d(MAX), d('0.5'))), '79228162514264337593543950334');
  assert.throws(() => add(d(MAX), d('0.5')), DecimalOverflow);
  assert.throws(() => add(d(MAX), d('1')), DecimalOverflow);
  assert.throws(() => sub(negate(d(MAX)), d('1')), DecimalOverflow);
});

test('* adds the scales, at most 28, rounded half to even', () => {
  assert.equal(show(mul(d('1.20'), d('2'))), '2.40');
  assert.equal(show(mul(d('1.5'), d('1.5'))), '2.25');
  assert.equal(show(mul(d('1.0000000000000000000000000001'), d('1.0000000000000000000000000001'))), '1.0000000000000000000000000002');
  assert.equal(show(mul(d('0.0000000000000000000000000001'), d('0.1'))), '0.0000000000000000000000000000');
  assert.equal(show(mul(d('0.0000000000000000000000000001'), d('0.5'))), '0.0000000000000000000000000000');
  assert.equal(show(mul(d('0.0000000000000000000000000001'), d('0.51'))), '0.0000000000000000000000000001');
  assert.equal(show(mul(d('0.0000000000000000000000000003'), d('0.5'))), '0.0000000000000000000000000002');
  assert.equal(show(mul(d('7.9228162514264337593543950335'), d('10'))), '79.228162514264337593543950335');
  assert.throws(() => mul(d(MAX), d('2')), DecimalOverflow);
});

test('/ keeps the natural scale when exact, else 28-29 significant digits without trailing zeros', () => {
  const q = (a: string, b: string) => show(div(d(a), d(b)));
  assert.equal(q('1', '3'), '0.3333333333333333333333333333');
  assert.equal(q('2', '3'), '0.6666666666666666666666666667');
  assert.equal(q('100', '3'), '33.333333333333333333333333333');
  assert.equal(q('10', '4'), '2.5');
  assert.equal(q('1.0', '2'), '0.5');
  assert.equal(q('1.000', '4'), '0.250');
  assert.equal(q('1.00', '1'), '1.00');
  assert.equal(q('1', '0.5'), '2');
  assert.equal(q('1.0', '0.25'), '4');
  assert.equal(q('1.50', '0.5'), '3.0');
  assert.equal(q('1', '77'), '0.012987012987012987012987013');
  assert.equal(q('1000000', '77'), '12987.012987012987012987012987');
  assert.equal(q('0.0000000000000000000000000001', '2'), '0');
  assert.equal(q('0.0000000000000000000000000199', '2'), '0.00000000000000000000000001');
  assert.equal(q('0.0000000000000000000000000003', '2'), '0.0000000000000000000000000002');
  assert.equal(q(MAX, '10'), '7922816251426433759354395033.5');
  assert.equal(show(mul(div(d('1'), d('3')), d('3'))), '0.9999999999999999999999999999');
  assert.throws(() => div(d(MAX), d('0.5')), DecimalOverflow);
  assert.throws(() => div(d('1'), d('0.00')), DecimalDivideByZero);
});

test('% is exact at the larger scale with the dividend\'s sign', () => {
  assert.equal(show(mod(d('5.5'), d('2'))), '1.5');
  assert.equal(show(mod(d('-7.5'), d('2'))), '-1.5');
  assert.equal(show(mod(d('7'), d('-2.5'))), '2.0');
  assert.throws(() => mod(d('1'), d('0')), DecimalDivideByZero);
});

test('comparison is by value, whatever the scale', () => {
  assert.equal(compare(d('1.10'), d('1.1')), 0);
  assert.equal(compare(d('0.1000000000000000000000000001'), d('0.1')), 1);
  assert.equal(compare(negate(d(MAX)), d(MAX)), -1);
});

test('new Decimal(double) keeps 15 significant digits; (double)decimal divides by 10^scale', () => {
  assert.equal(show(fromDouble(1.1)), '1.1');
  assert.equal(show(fromDouble(0.1 + 0.2)), '0.3');
  assert.equal(show(fromDouble(1e20)), '100000000000000000000');
  assert.equal(show(fromDouble(1.23456789012345678e-10)), '0.000000000123456789012346');
  assert.equal(show(fromDouble(123456789.123456789)), '123456789.123457');
  assert.equal(show(fromDouble(1e-28)), '0.0000000000000000000000000001');
  assert.equal(show(fromDouble(5e-29)), '0');
  assert.equal(show(fromDouble(-2.5)), '-2.5');
  assert.throws(() => fromDouble(1e30), DecimalOverflow);
  assert.throws(() => fromDouble(Number.NaN), DecimalOverflow);
  assert.equal(toDouble(d('1.10')), 1.1);
  assert.equal(toDouble(d('-0.5')), -0.5);
  assert.equal(toDouble(d(MAX)), 7.922816251426434e28);
});

test('rounding: Math.Round modes, floor, ceiling, truncate and the integer conversions', () => {
  assert.equal(show(round(d('1.125'), 2)), '1.12');
  assert.equal(show(round(d('1.135'), 2)), '1.14');
  assert.equal(show(round(d('2.5'), 0)), '2');
  assert.equal(show(round(d('-2.5'), 0)), '-2');
  assert.equal(show(round(d('1.10'), 5)), '1.10');
  assert.equal(show(round(d('1.005'), 2, 'AwayFromZero')), '1.01');
  assert.equal(show(round(d('1.23456'), 3, 'ToNegativeInfinity')), '1.234');
  assert.equal(show(round(d('-1.23456'), 3, 'ToPositiveInfinity')), '-1.234');
  assert.equal(show(round(d('-1.999'), 1, 'ToZero')), '-1.9');
  assert.equal(show(floor(d('-1.50'))), '-2');
  assert.equal(show(floor(d('2.000'))), '2');
  assert.equal(show(ceiling(d('1.10'))), '2');
  assert.equal(show(ceiling(d('-0.5'))), '0');
  assert.equal(show(truncate(d('-1.75'))), '-1');
  assert.equal(toWholeEven(d('3.5')), 4n);
  assert.equal(toWholeEven(d('0.5')), 0n);
  assert.equal(toWholeEven(d('255.5')), 256n);
  assert.equal(toWholeEven(d(MAX)), MAX_MANTISSA);
});

test('format digits round half away from zero, and a value that rounds to zero has no sign', () => {
  assert.deepEqual(fixedDigits(d('1.005'), 2), { whole: '1', fraction: '01', negative: false });
  assert.deepEqual(fixedDigits(d('2.5'), 0), { whole: '3', fraction: '', negative: false });
  assert.deepEqual(fixedDigits(d('-0.001'), 2), { whole: '0', fraction: '00', negative: false });
  assert.deepEqual(fixedDigits(d('-1.10'), 4), { whole: '1', fraction: '1000', negative: true });
});
