var util = require('util');
var warnings = [];
process.on('warning', function (w) {
  warnings.push(w.name + '|' + w.code + '|' + w.message);
});
var dep = util.deprecate(function (x) { return x * 2; }, 'fn is deprecated', 'DEP_TEST1');
console.log(dep(1), dep(2), dep(3));
var dep2 = util.deprecate(function () { return 'two'; }, 'same code again', 'DEP_TEST1');
console.log(dep2());
var noCode = util.deprecate(function () { return 'nocode'; }, 'no code here');
console.log(noCode(), noCode());
function Old(v) { this.v = v; }
Old.prototype.get = function () { return this.v; };
var DepOld = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST2');
var inst = new DepOld(5);
console.log(inst.get(), inst instanceof Old, DepOld.prototype === Old.prototype);
try { util.deprecate(function () {}, 'm', 5); } catch (e) { console.log(e.code, e.message); }
setTimeout(function () {
  console.log(warnings.join('\n'));
}, 5);
