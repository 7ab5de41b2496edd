// assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual on Maps and
// Sets: order does not matter, object keys are matched deeply, loose mode
// pairs primitives with ==.
var assert = require('assert');
var util = require('util');
function t(name, f) {
  try {
    f();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.message.split('\n').slice(0, 12).join('|'));
  }
}
var cases = [
  [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  [new Map([[1, 'a']]), new Map([[1, 'b']])],
  [new Set([1, 2]), new Set([2, 1])],
  [new Set([1, 2]), new Set([1, 3])],
  [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { b: 1 }])],
  [new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']])],
  [new Set(['1']), new Set([1])],
  [new Map([['1', 'x']]), new Map([[1, 'x']])],
  [new Set([null]), new Set([undefined])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])],
  [new Set([NaN]), new Set([NaN])],
  [new Map(), new Set()],
  [new Map(), {}],
  [new Set([1]), [1]],
  [new Set(), new Set()],
  [new Set([[1, 2]]), new Set([[1, 2]])],
  [new Map([[1, new Set([1])]]), new Map([[1, new Set([1])]])],
  [new Set([1, '2', { a: 3 }]), new Set([1, 2, { a: 3 }])],
  [new Set([0]), new Set([-0])],
  [new Map([[1, 0]]), new Map([[1, -0]])],
  [new Map([[1, 2]]), new Map([[1, 2], [3, 4]])]
];
var m1 = new Map([[1, 2]]);
m1.x = 1;
cases.push([m1, new Map([[1, 2]])]);
var c1 = new Map();
c1.set('self', c1);
var c2 = new Map();
c2.set('self', c2);
cases.push([c1, c2]);
cases.forEach(function (c, i) {
  console.log(i, util.isDeepStrictEqual(c[0], c[1]));
  t(i + ' deepEqual', function () { assert.deepEqual(c[0], c[1]); });
  t(i + ' deepStrictEqual', function () { assert.deepStrictEqual(c[0], c[1]); });
});
t('notDeepStrictEqual', function () { assert.notDeepStrictEqual(new Set([1]), new Set([1])); });
