// Property and method shape of the assert module and AssertionError.
var assert = require('assert');
var util = require('util');
console.log(Object.keys(assert).join(','));
console.log(typeof assert, assert === assert.ok, assert.strict === require('assert').strict);
var e;
try { assert.strictEqual(1, 2); } catch (err) { e = err; }
console.log(e instanceof assert.AssertionError, e instanceof Error, e.constructor === assert.AssertionError);
console.log(e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage);
console.log(Object.keys(e).join(','));
console.log(String(e));
console.log(Object.prototype.propertyIsEnumerable.call(e, 'name'), Object.prototype.propertyIsEnumerable.call(e, 'message'));
console.log(typeof e.stack, e.stack.split('\n')[0]);
var mine = new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' });
console.log(JSON.stringify(mine.message));
var loose = new assert.AssertionError({ actual: 'a', expected: 'b', operator: 'custom-op' });
console.log(JSON.stringify(loose.message));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([0], [-0]));
