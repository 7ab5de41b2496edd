// Diff messages for common shapes: nested objects, arrays, long strings,
// class instances, null-prototype objects and identical-looking values.
var assert = require('assert');
function show(label, f) {
  try { f(); console.log(label + ': passed'); } catch (e) { console.log('--- ' + label + '\n' + e.message); }
}
function Point(x, y) { this.x = x; this.y = y; }
show('class instances', function () { assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)); });
show('class vs plain', function () { assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }); });
show('null proto', function () { var o = Object.create(null); o.a = 1; assert.deepStrictEqual(o, { a: 1 }); });
show('nested', function () {
  assert.deepStrictEqual({ user: { name: 'ann', tags: ['a', 'b'], age: 30 }, ok: true },
    { user: { name: 'ann', tags: ['a', 'c'], age: 31 }, ok: true });
});
show('long string', function () { assert.strictEqual('The quick brown fox jumps over the lazy dog', 'The quick brown fox jumped over the lazy dog'); });
show('multi-line string', function () { assert.strictEqual('line one\nline two\nline three', 'line one\nline 2\nline three'); });
show('array length', function () { assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]); });
show('identical looking', function () { assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }); });
show('dates', function () { assert.deepStrictEqual(new Date(0), new Date(1000)); });
show('regexps', function () { assert.deepStrictEqual(/a/g, /a/i); });
show('typed arrays', function () { assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])); });
show('boxed', function () { assert.deepStrictEqual(new Number(1), new Number(2)); });
show('loose', function () { assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }); });
show('loose not', function () { assert.notDeepEqual({ a: [1, 2] }, { a: ['1', '2'] }); });
show('strict not', function () { assert.notDeepStrictEqual({ a: [1, 2], b: 'x' }, { a: [1, 2], b: 'x' }); });
show('equal objects', function () { assert.equal({ a: 1 }, { a: 1 }); });
show('notEqual', function () { assert.notEqual(1, '1'); });
var big1 = {}, big2 = {};
for (var i = 0; i < 80; i++) { big1['key' + i] = i; big2['key' + i] = i % 9 === 0 ? -i : i; }
show('big object', function () { assert.deepStrictEqual(big1, big2); });
var circ1 = { name: 'c' }; circ1.me = circ1;
var circ2 = { name: 'd' }; circ2.me = circ2;
show('circular', function () { assert.deepStrictEqual(circ1, circ2); });
