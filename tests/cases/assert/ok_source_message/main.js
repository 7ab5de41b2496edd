// assert(value) without a message reports the source text of the call.
var assert = require('assert');
function t(f) { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); } }
t(function () { assert(false); });
t(function () { assert.ok(0); });
t(function () { var x = null; assert.ok(x,   undefined); });
t(function () { foo(assert.ok('')); function foo() {} });
t(function () {
  assert(
    1 === 2 &&
        true
  );
});
t(function () { var a = assert; a.strict.ok(null); });
t(function () { assert.equal(1, 2); });
t(function () { assert.ok(); });
t(function () { assert.strict(false); });
t(function () { [1].forEach(function (v) { assert(!v, 'x' + v); }); });
t(function () { assert(false); assert(false); });
t(function () { eval('assert(false)'); });
t(function () { assert.ok(typeof 123 === 'string') });
