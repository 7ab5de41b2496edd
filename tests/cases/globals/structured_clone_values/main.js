// structuredClone copies what the structured clone algorithm carries:
// plain objects (getters read, non-enumerable and symbol keys dropped,
// prototypes lost), arrays with holes and extra keys, Date, RegExp (lastIndex
// reset), boxed primitives, Map, Set, typed arrays (a Buffer comes back as a
// Uint8Array), ArrayBuffer, and cycles and shared references.
var o = { get g() { return 5; } };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('k')] = 2;
console.log(structuredClone(o));
function C() { this.x = 1; }
C.prototype.y = 2;
var c = structuredClone(new C());
console.log(c, c.constructor === Object, c.y);
var a = [1, , 3];
a.extra = 'e';
var ac = structuredClone(a);
console.log(ac, 1 in ac, ac.length);
var re = /ab+c/gi;
re.lastIndex = 3;
var rc = structuredClone(re);
console.log(rc, rc.lastIndex, rc === re);
console.log(structuredClone(new Date(0)), structuredClone(new Number(3)),
  structuredClone(new String('s')), structuredClone(new Boolean(false)));
var key = { k: 1 };
var m = structuredClone(new Map([[key, 'v']]));
console.log(m, m.keys().next().value === key);
console.log(structuredClone(new Set([1, 'a', { b: 2 }])));
console.log(structuredClone(new Uint8Array([1, 2])), structuredClone(Buffer.from('hi')),
  structuredClone(new ArrayBuffer(2)).byteLength);
var shared = { s: 1 };
var cyc = { name: 'c', one: shared, two: shared };
cyc.self = cyc;
cyc.list = [cyc];
var r = structuredClone(cyc);
console.log(r.self === r, r.list[0] === r, r !== cyc, r.one === r.two, r.one !== shared);
console.log(structuredClone(null), structuredClone(undefined), structuredClone(NaN),
  Object.is(structuredClone(-0), -0), structuredClone('str'));
console.log(Object.getPrototypeOf(structuredClone(Object.create(null))) === Object.prototype);
var err = new TypeError('bad');
err.extra = 1;
var ec = structuredClone(err);
console.log(ec instanceof TypeError, ec.message, Object.keys(ec), ec.stack === err.stack);
