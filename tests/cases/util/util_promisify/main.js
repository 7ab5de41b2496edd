var util = require('util');
function add(a, b, cb) { setTimeout(function () { cb(null, a + b); }, 1); }
function fail(cb) { cb(new Error('failed')); }
function multi(cb) { cb(null, 'first', 'second'); }
var pAdd = util.promisify(add);
console.log(typeof pAdd, pAdd.name, pAdd.length);
pAdd(2, 3).then(function (v) { console.log('add ->', v); });
util.promisify(fail)().catch(function (e) { console.log('fail ->', e.message); });
util.promisify(multi)().then(function (v) { console.log('multi ->', v); });
function custom() {}
custom[util.promisify.custom] = function () { return Promise.resolve('custom!'); };
var pc = util.promisify(custom);
console.log(pc === custom[util.promisify.custom]);
pc().then(function (v) { console.log('custom ->', v); });
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.promisify(pAdd) === pAdd);
var obj = { v: 10, m: function (cb) { cb(null, this.v); } };
obj.pm = util.promisify(obj.m);
obj.pm().then(function (v) { console.log('this ->', v); });
try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
var bad = function () {}; bad[util.promisify.custom] = 1;
try { util.promisify(bad); } catch (e) { console.log(e.code, e.message); }
function withProps(cb) { cb(null, 1); } withProps.extra = 'kept';
console.log(util.promisify(withProps).extra);
util.promisify(function (cb) { cb(0, 'zero err ok'); })().then(function (v) { console.log('falsy err ->', v); });
util.promisify(function (cb) { throw new Error('sync throw'); })().catch(function (e) { console.log('sync ->', e.message); });
var p = util.promisify(setTimeout);
console.log(typeof p);
