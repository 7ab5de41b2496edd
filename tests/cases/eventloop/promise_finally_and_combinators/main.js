// finally(), all, allSettled, race and any: results and their microtask order.
var log = function (s) { console.log(s); };
Promise.resolve(1).finally(function () { log('finally 1 (value passes through)'); })
  .then(function (v) { log('after finally: ' + v); });
Promise.reject(new Error('x')).finally(function () { log('finally 2'); })
  .catch(function (e) { log('caught after finally: ' + e.message); });
Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { log('all: ' + v.join(',')); });
Promise.all([]).then(function (v) { log('all of nothing: ' + v.length); });
Promise.allSettled([Promise.resolve('ok'), Promise.reject('no')]).then(function (r) {
  log('allSettled: ' + r.map(function (x) { return x.status + ':' + (x.value || x.reason); }).join(' '));
});
Promise.race([new Promise(function () {}), Promise.resolve('fast')]).then(function (v) { log('race: ' + v); });
Promise.any([Promise.reject('a'), Promise.resolve('b')]).then(function (v) { log('any: ' + v); });
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(function (e) {
  log('any rejected: ' + e.name + ' ' + e.errors.join(','));
});
Promise.reject(new TypeError('t')).then(null, function (e) { log('then(null, onRejected): ' + e.name); });
log('sync end');
