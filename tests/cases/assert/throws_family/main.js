// throws / doesNotThrow (class, RegExp, validation function, validation
// object), match / doesNotMatch, fail, ifError, argument errors, strict mode
// and the diff messages of strictEqual / deepStrictEqual.
var assert = require('assert');
function show(label, f) {
  try { var r = f(); console.log(label + ': ok', r === undefined ? '' : r); }
  catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + JSON.stringify(e.message) + ' gen=' + e.generatedMessage + ' op=' + e.operator +
      (e.code === 'ERR_ASSERTION' ? ' actual=' + (typeof e.actual) + ' expected=' + (typeof e.expected === 'function' ? e.expected.name : typeof e.expected) : ''));
  }
}
function thrower(err) { return function () { throw err; }; }
function MyErr(m) { this.message = m; }
MyErr.prototype = Object.create(Error.prototype); MyErr.prototype.name = 'MyErr'; MyErr.prototype.constructor = MyErr;
show('throws no error', function () { assert.throws(function () {}); });
show('throws no error msg', function () { assert.throws(function () {}, 'should throw'); });
show('throws no error class', function () { assert.throws(function () {}, TypeError); });
show('throws class ok', function () { assert.throws(thrower(new TypeError('t')), TypeError); });
show('throws class parent ok', function () { assert.throws(thrower(new TypeError('t')), Error); });
show('throws class mismatch', function () { assert.throws(thrower(new Error('plain')), TypeError); });
show('throws class mismatch non-error', function () { assert.throws(thrower('str'), TypeError); });
show('throws class mismatch obj', function () { assert.throws(thrower({ a: 1 }), RangeError); });
show('throws regexp ok', function () { assert.throws(thrower(new Error('hello world')), /world/); });
show('throws regexp bad', function () { assert.throws(thrower(new Error('hello')), /world/); });
show('throws fn ok', function () { assert.throws(thrower(new Error('x')), function (e) { return e.message === 'x'; }); });
show('throws fn bad', function () { assert.throws(thrower(new Error('x')), function check(e) { return 1; }); });
show('throws fn bad anon', function () { assert.throws(thrower(new Error('x')), function (e) { }); });
show('throws obj ok', function () { assert.throws(thrower(new TypeError('bad thing')), { name: 'TypeError', message: 'bad thing' }); });
show('throws obj regex ok', function () { assert.throws(thrower(new TypeError('bad thing')), { name: /Type/, message: /thing$/ }); });
show('throws obj bad', function () { assert.throws(thrower(new TypeError('bad thing')), { name: 'TypeError', message: 'other' }); });
show('throws obj bad custom msg', function () { assert.throws(thrower(new TypeError('bad thing')), { message: 'other' }, 'mine'); });
show('throws obj extra key', function () { var e = new Error('m'); e.code = 'X'; assert.throws(thrower(e), { code: 'Y', message: 'm' }); });
show('throws obj missing key', function () { assert.throws(thrower(new Error('m')), { code: 'Y' }); });
show('throws empty obj', function () { assert.throws(thrower(new Error('m')), {}); });
show('throws error instance', function () { assert.throws(thrower(new Error('m')), new Error('m')); });
show('throws error instance bad', function () { assert.throws(thrower(new Error('m')), new Error('n')); });
show('throws primitive thrown vs obj', function () { assert.throws(thrower('boom'), { message: 'boom' }); });
show('throws string error arg 2', function () { assert.throws(thrower(new Error('m')), 'a', 'b'); });
show('throws ambiguous', function () { assert.throws(thrower(new Error('same')), 'same'); });
show('throws ambiguous prim', function () { assert.throws(thrower('same'), 'same'); });
show('throws bad error arg', function () { assert.throws(thrower(new Error('m')), 5); });
show('throws not fn', function () { assert.throws('nope'); });
show('throws ES5 subclass ok', function () { assert.throws(thrower(new MyErr('q')), MyErr); });
show('throws ES5 subclass bad', function () { assert.throws(thrower(new Error('q')), MyErr); });
show('doesNotThrow ok', function () { assert.doesNotThrow(function () {}); });
show('doesNotThrow throws', function () { assert.doesNotThrow(thrower(new Error('oops'))); });
show('doesNotThrow msg', function () { assert.doesNotThrow(thrower(new Error('oops')), 'my msg'); });
show('doesNotThrow class match', function () { assert.doesNotThrow(thrower(new TypeError('oops')), TypeError, 'm2'); });
show('doesNotThrow class nomatch', function () { assert.doesNotThrow(thrower(new TypeError('oops')), RangeError); });
show('doesNotThrow regexp', function () { assert.doesNotThrow(thrower(new TypeError('oops')), /oop/); });
show('doesNotThrow bad expected', function () { assert.doesNotThrow(thrower(new TypeError('oops')), {}); });
show('match ok', function () { assert.match('abc', /b/); });
show('match bad', function () { assert.match('abc', /x/); });
show('match non-string', function () { assert.match(123, /x/); });
show('match not regexp', function () { assert.match('abc', 'b'); });
show('doesNotMatch bad', function () { assert.doesNotMatch('abc', /b/); });
show('doesNotMatch msg', function () { assert.doesNotMatch('abc', /b/, 'custom'); });
show('match Error msg', function () { assert.match('abc', /x/, new RangeError('mine')); });
show('fail()', function () { assert.fail(); });
show('fail(msg)', function () { assert.fail('boom'); });
show('fail(err)', function () { assert.fail(new TypeError('te')); });
show('fail(a,b)', function () { assert.fail(1, 2); });
show('fail(a,b,undefined,op)', function () { assert.fail(1, 2, undefined, '>'); });
show('fail(a,b,msg)', function () { assert.fail(1, 2, 'msg'); });
show('ifError null', function () { assert.ifError(null); });
show('ifError undef', function () { assert.ifError(undefined); });
show('ifError err', function () { assert.ifError(new Error('bad')); });
show('ifError empty msg', function () { assert.ifError(new TypeError('')); });
show('ifError string', function () { assert.ifError('str'); });
show('ifError 0', function () { assert.ifError(0); });
show('ifError false', function () { assert.ifError(false); });
show('equal missing', function () { assert.equal(1); });
show('strictEqual missing', function () { assert.strictEqual(); });
show('deepEqual missing', function () { assert.deepEqual({}); });
show('ok no args', function () { assert.ok(); });
show('ok msg', function () { assert.ok(false, 'given'); });
show('ok Error msg', function () { assert.ok(0, new RangeError('r')); });
show('strict.equal', function () { assert.strict.equal(1, '1'); });
show('strict.deepEqual', function () { assert.strict.deepEqual([1], ['1']); });
show('strict.notEqual', function () { assert.strict.notEqual(1, 1); });
show('strict.notDeepEqual', function () { assert.strict.notDeepEqual([1], [1]); });
show('assert/strict', function () { return require('assert/strict') === assert.strict; });
show('strict.strict', function () { return assert.strict.strict === assert.strict; });
show('keys', function () { return Object.keys(assert).join(','); });
show('strict keys', function () { return Object.keys(assert.strict).join(','); });
show('AssertionError manual', function () { var e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); return [e.message, e.name, e.code, String(e), e instanceof Error, e instanceof assert.AssertionError, Object.keys(e).join()].join(' | '); });
show('AssertionError msg', function () { var e = new assert.AssertionError({ message: 'hi', actual: 1 }); return [e.message, e.generatedMessage, e.operator].join(' | '); });
show('AssertionError bad', function () { new assert.AssertionError('x'); });
show('long string equal', function () { assert.strictEqual('a'.repeat(20) + 'b', 'a'.repeat(20) + 'c'); });
show('multiline string', function () { assert.strictEqual('a\nb\nc', 'a\nB\nc'); });
show('long arrays', function () { var a = []; var b = []; for (var i = 0; i < 100; i++) { a.push(i); b.push(i === 50 ? -1 : i); } assert.deepStrictEqual(a, b); });
show('many diffs', function () { var a = []; var b = []; for (var i = 0; i < 100; i++) { a.push(i); b.push(-i); } assert.deepStrictEqual(a, b); });
show('obj diff', function () { assert.deepStrictEqual({ a: 1, b: { c: [1, 2, 3], d: 'x' }, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: { c: [1, 2, 4], d: 'x' }, e: 5, f: 6, g: 7, h: 8 }); });
show('same structure', function () { assert.deepStrictEqual([Symbol.for('a')], [Symbol('a')]); });
show('notStrictEqual obj', function () { var o = { a: 1 }; assert.notStrictEqual(o, o); });
show('notStrictEqual short', function () { assert.notStrictEqual(1, 1); });
show('notStrictEqual long', function () { assert.notStrictEqual('abcdefg', 'abcdefg'); });
show('notDeepStrictEqual multi', function () { assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }); });
show('notDeepEqual same', function () { assert.notDeepEqual({ a: 1 }, { a: '1' }); });
show('notDeepEqual identical text', function () { assert.notDeepEqual({ a: 1 }, { a: 1 }); });
show('strictEqual 0 -0', function () { assert.strictEqual(0, -0); });
show('strictEqual objs', function () { assert.strictEqual({ a: 1 }, { a: 1 }); });
show('strictEqual fns', function () { assert.strictEqual(function a() {}, function b() {}); });
show('strictEqual indicator', function () { assert.strictEqual('hello world foo', 'hello world bar'); });
show('deepEqual indicator', function () { assert.deepStrictEqual([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 7]); });
show('err vs err', function () { assert.deepStrictEqual(new Error('a'), new Error('b')); });
show('undefined vs null', function () { assert.strictEqual(undefined, null); });
show('str vs num', function () { assert.strictEqual('1', 1); });
show('trailing', function () { assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, z: 0 }, { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, z: 0 }); });
show('middle identical', function () { assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, z: 0 }, { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, z: 1 }); });
show('extra lines', function () { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2]); });
show('extra lines exp', function () { assert.deepStrictEqual([1, 2], [1, 2, 3, 4, 5, 6, 7, 8, 9]); });
