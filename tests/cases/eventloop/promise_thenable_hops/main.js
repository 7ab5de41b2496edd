// Resolving a promise with another promise costs two extra microtask hops
// (NewPromiseResolveThenableJob, then the inner then): V8's exact count.
var p = Promise.resolve();
new Promise(function (resolve) { resolve(p); }).then(function () { console.log('A (resolved with a promise)'); });
p.then(function () { console.log('B1'); })
  .then(function () { console.log('B2'); })
  .then(function () { console.log('B3'); })
  .then(function () { console.log('B4'); });
Promise.resolve().then(function () {
  return Promise.resolve('inner');
}).then(function (v) { console.log('C got ' + v + ' (returned a promise from then)'); });
var thenable = { then: function (res) { console.log('thenable.then called'); res('T'); } };
Promise.resolve(thenable).then(function (v) { console.log('D got ' + v); });
console.log('sync end');
