// A user message replaces the header but strictEqual / deepStrictEqual
// still append the comparison; an Error as message is thrown as is.
var assert = require('assert');
function t(f) { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, Object.keys(e), e.name, String(e)); } }
t(function () { assert.strictEqual(1, 2, 'custom'); });
t(function () { assert.deepStrictEqual({a:1}, {a:2}, 'custom'); });
t(function () { assert.equal(1, 2, 'custom'); });
t(function () { assert.strictEqual(1, 2, new TypeError('own')); });
