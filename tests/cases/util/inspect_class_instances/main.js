var util = require('util');
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
console.log([new Point(0, 0)]);
function Empty() {}
console.log(new Empty());
function Base() { this.base = true; }
function Derived() { Base.call(this); this.derived = true; }
util.inherits(Derived, Base);
console.log(new Derived());
var nullProto = Object.create(null); nullProto.a = 1; console.log(nullProto);
console.log(Object.create(null));
var chain = Object.create(Object.create(null)); chain.v = 1; console.log(chain);
var tagged = { a: 1 }; Object.defineProperty(tagged, Symbol.toStringTag, { value: 'MyTag' }); console.log(tagged);
var ownTag = {}; ownTag[Symbol.toStringTag] = 'Own'; console.log(ownTag);
function Tagged() {} Object.defineProperty(Tagged.prototype, Symbol.toStringTag, { value: 'T2' }); console.log(new Tagged());
function SameTag() {} Object.defineProperty(SameTag.prototype, Symbol.toStringTag, { value: 'SameTag' }); console.log(new SameTag());
var nullTagged = Object.create(null); Object.defineProperty(nullTagged, Symbol.toStringTag, { value: 'NT' }); console.log(nullTagged);
console.log({ constructor: 'not a function' });
function Fake() {} console.log({ constructor: Fake, a: 1 });
var protoObj = Point.prototype; console.log(protoObj);
var args = (function () { return arguments; })(1, 'two');
console.log(args);
console.log(Math, JSON);
var depthObj = { p: new Point({ q: new Point(1, 2) }, 3) }; console.log(util.inspect(depthObj, { depth: 1 }));
console.log(util.inspect(new Point(1, 2), { depth: -1 }));
console.log(util.inspect(Object.create(null), { depth: -1 }));
