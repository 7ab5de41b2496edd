var util = require('util');
function named() {}
console.log(named);
console.log(function () {});
console.log(Math.max, Math.min);
var withProps = function props() {}; withProps.a = 1; withProps.b = 'two';
console.log(withProps);
console.log({ f: named, g: function g() {} });
console.log([named]);
var bound = named.bind(null); console.log(bound);
var nullProto = function np() {}; Object.setPrototypeOf(nullProto, null); console.log(nullProto);
var tagged = function tg() {}; tagged[Symbol.toStringTag] = 'Tag'; console.log(tagged);
var badName = function () {}; Object.defineProperty(badName, 'name', { value: 42 }); console.log(badName);
console.log(util.inspect(named, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: named } } }, { depth: 0 }));
function Ctor() {} Ctor.staticProp = 1; console.log(Ctor);
console.log(Object, Function, Array, Error);
