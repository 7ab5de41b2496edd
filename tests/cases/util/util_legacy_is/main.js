var util = require('util');
var samples = [null, undefined, 0, 'str', true, Symbol('s'), {}, [], function () {}, /re/, new Date(), new Error('e'), Object.create(Error.prototype)];
['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'].forEach(function (n) {
  console.log(n + ': ' + samples.map(function (v) { return util[n](v); }).join(' '));
});
console.log(util.isBuffer({}), util.isBuffer('x'), util.isBuffer(new Uint8Array(1)));
