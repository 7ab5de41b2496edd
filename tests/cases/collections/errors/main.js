// V8's TypeErrors: constructors without new, non-iterables, bad entries,
// methods on the wrong receiver, forEach without a function.
function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
t(function () { Map(); });
t(function () { Set([1]); });
t(function () { WeakMap(); });
t(function () { WeakSet(); });
t(function () { new Map(5); });
t(function () { new Map({}); });
t(function () { new Map(function () {}); });
t(function () { new Set(true); });
t(function () { new Set(1.5); });
t(function () { new Map([1]); });
t(function () { new Map(['ab']); });
t(function () { Map.prototype.get.call({}, 1); });
t(function () { Map.prototype.set.call(new Set(), 1, 2); });
t(function () { Set.prototype.add.call(new Map(), 1); });
t(function () { Set.prototype.has.call([], 1); });
t(function () { WeakMap.prototype.get.call(new Map(), {}); });
t(function () { WeakSet.prototype.add.call(new WeakMap(), {}); });
t(function () { Map.prototype.get.call(undefined, 1); });
t(function () { Map.prototype.get.call('x', 1); });
t(function () { Map.prototype.get.call(Object.create(Map.prototype), 1); });
t(function () { Map.prototype.keys.call(new Set()); });
t(function () { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}); });
t(function () { new Map().keys().next.call({}); });
t(function () { new Map().keys().next.call(new Set().values()); });
t(function () { new Map().forEach(); });
t(function () { new Map().forEach('x'); });
t(function () { new Set().forEach(null); });
t(function () { new Set().forEach({}); });
