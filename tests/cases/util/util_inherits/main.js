var util = require('util');
var EventEmitter = require('events');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
var d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.keys(Dog), Object.getOwnPropertyDescriptor(Dog, 'super_').enumerable);
console.log(d);
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
var e = new Emitter();
e.on('x', function (v) { console.log('got', v); });
e.emit('x', 1);
try { util.inherits(null, Animal); } catch (err) { console.log(err.code, err.message); }
try { util.inherits(Dog, null); } catch (err) { console.log(err.code, err.message); }
var noProto = Object.create(null);
try { util.inherits(Dog, { prototype: undefined }); } catch (err) { console.log(err.code, err.message); }
