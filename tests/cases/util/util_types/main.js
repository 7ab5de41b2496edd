var util = require('util');
var t = util.types;
function row(name, values) {
  console.log(name + ': ' + values.map(function (v) { return t[name](v); }).join(' '));
}
var samples = [{}, [], new Date(), /x/, new Error('e'), new TypeError('t'), new Number(1), new String('s'),
  new Boolean(false), Object(Symbol('q')), new Uint8Array(1), new Float64Array(1), new ArrayBuffer(1),
  new DataView(new ArrayBuffer(1)), Promise.resolve(1), function () {}, null, undefined, 1, 'str',
  (function () { return arguments; })()];
['isDate', 'isRegExp', 'isNativeError', 'isNumberObject', 'isStringObject', 'isBooleanObject',
  'isSymbolObject', 'isBoxedPrimitive', 'isTypedArray', 'isUint8Array', 'isFloat64Array', 'isInt8Array',
  'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isPromise', 'isArgumentsObject',
  'isMap', 'isSet', 'isWeakMap', 'isGeneratorFunction', 'isAsyncFunction', 'isSharedArrayBuffer',
  'isBigInt64Array', 'isExternal'].forEach(function (n) { row(n, samples); });
var fakeDate = {}; fakeDate[Symbol.toStringTag] = 'Date';
console.log('fake date:', t.isDate(fakeDate), t.isDate(Object.create(Date.prototype)));
console.log('fake error:', t.isNativeError(Object.create(Error.prototype)));
console.log('proxy:', t.isProxy(new Proxy({ a: 1 }, {})), t.isProxy(new Proxy([], {})), t.isProxy({ a: 1 }), t.isProxy([]));
console.log(Object.keys(t).sort().join(','));
