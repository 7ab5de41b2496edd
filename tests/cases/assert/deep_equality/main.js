// Deep equality, loose and strict, over many pairs of values, with the
// generated AssertionError messages (no Map/Set: Duktape has none).
var assert = require('assert');
var util = require('util');
var cmp = [];
function C() { this.a = 1; }
function D() { this.a = 1; }
var s1 = Symbol('s');
var arrExtra = [1, 2]; arrExtra.x = 1;
var arrExtra2 = [1, 2]; arrExtra2.x = 1;
var arrExtra3 = [1, 2]; arrExtra3.y = 1;
var sparse1 = [1, , 3]; var sparse2 = [1, undefined, 3];
var circA = { name: 'a' }; circA.self = circA;
var circB = { name: 'a' }; circB.self = circB;
var circC = { name: 'a', self: { name: 'a' } };
var e1 = new Error('x'); var e2 = new Error('x'); var e3 = new TypeError('x'); var e4 = new Error('y');
var symObjA = {}; symObjA[s1] = 1; var symObjB = {}; symObjB[s1] = 1; var symObjC = {}; symObjC[s1] = 2;
var hidden = {}; Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });
var re1 = /a/g; var re2 = /a/g; re2.lastIndex = 3;
var pairs = [
  [1, 1], [1, '1'], [0, -0], [-0, -0], [NaN, NaN], [null, undefined], [null, null], ['a', 'a'], [true, 1],
  [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, 2], { 0: 1, 1: 2, length: 2 }], [arrExtra, arrExtra2], [arrExtra, arrExtra3],
  [sparse1, sparse2], [sparse1, [1, , 3]], [new C(), new D()], [new C(), { a: 1 }], [new C(), new C()],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(0), {}], [new Date(NaN), new Date(NaN)],
  [/a/g, /a/g], [/a/g, /a/i], [re1, re2], [/a/, 'a'],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [new Number(1), new Number(1)], [new Number(0), new Number(-0)], [new String('a'), new String('a')],
  [new String('a'), 'a'], [new Boolean(true), new Boolean(true)], [Object(s1), Object(s1)], [new Number(NaN), new Number(NaN)],
  [e1, e2], [e1, e3], [e1, e4], 
  [circA, circB], [circA, circC], [symObjA, symObjB], [symObjA, symObjC], [symObjA, {}], [hidden, {}],
  [Object.create(null), {}], [[{ a: [1, { b: 2 }] }], [{ a: [1, { b: 2 }] }]], [[{ a: [1, { b: 2 }] }], [{ a: [1, { b: 3 }] }]],
  [function f() {}, function f() {}], [s1, s1], [Symbol('x'), Symbol('x')], [new ArrayBuffer(2), new ArrayBuffer(2)],
  [[1, 2, 3], [1, 2]], [(function () { return arguments; })(1), [1]], [(function () { return arguments; })(1), (function () { return arguments; })(1)],
  [{ a: undefined }, { b: undefined }], [[undefined], [null]], [{ a: NaN }, { a: NaN }], ['', 0], [[], {}], [[], ''],
];
pairs.forEach(function (p, i) {
  var res = [util.isDeepStrictEqual(p[0], p[1])];
  ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual', 'equal', 'strictEqual', 'notEqual', 'notStrictEqual'].forEach(function (m) {
    try { assert[m](p[0], p[1]); res.push(m + ':ok'); } catch (e) { res.push(m + ':' + JSON.stringify(e.message) + '|' + e.generatedMessage + '|' + e.operator); }
  });
  console.log(i + ' ' + res.join('\n   '));
});
