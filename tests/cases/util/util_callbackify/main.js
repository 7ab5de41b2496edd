var util = require('util');
function ok(a) { return Promise.resolve('value ' + a); }
function fail() { return Promise.reject(new Error('nope')); }
function falsy() { return Promise.reject(null); }
function zero() { return Promise.reject(0); }
function undef() { return Promise.reject(undefined); }
var cbOk = util.callbackify(ok);
console.log(cbOk.name, cbOk.length);
cbOk(1, function (err, v) { console.log('ok:', err, v); });
util.callbackify(fail)(function (err) { console.log('fail:', err.message); });
util.callbackify(falsy)(function (err) {
  console.log('falsy:', err.code, err.message, err.reason, err instanceof Error, Object.keys(err));
});
util.callbackify(zero)(function (err) { console.log('zero:', err.code, err.reason); });
util.callbackify(undef)(function (err) { console.log('undef:', err.code, err.reason); });
var obj = { v: 'self', m: util.callbackify(function () { return Promise.resolve(this.v); }) };
obj.m(function (err, v) { console.log('this:', v); });
try { util.callbackify('x'); } catch (e) { console.log(e.code, e.message); }
try { cbOk(1, 2); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
process.nextTick(function () { console.log('nextTick after'); });
