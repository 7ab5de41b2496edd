// Timeout objects: hasRef/unref/ref, refresh, and their numeric id.
var t = setTimeout(function () { console.log('unref timer must not keep the loop alive'); }, 1000);
console.log('hasRef initially: ' + t.hasRef());
t.unref();
console.log('hasRef after unref: ' + t.hasRef());
var id = setTimeout(function () { console.log('cleared by number: must not run'); }, 10);
var num = +id;
console.log('id is a number: ' + (typeof num === 'number'));
clearTimeout(num);
var start = Date.now();
var r = setTimeout(function () {
  console.log('refreshed timer ran after >= 40ms: ' + (Date.now() - start >= 40));
}, 30);
setTimeout(function () { r.refresh(); }, 15);
var imm = setImmediate(function () { console.log('immediate hasRef: ' + imm.hasRef()); });
console.log('setTimeout returns an object: ' + (typeof t === 'object'));
