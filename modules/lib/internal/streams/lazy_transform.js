'use strict';

// LazyTransform (Node's lib/internal/streams/lazy_transform.js): a Transform
// whose stream state is built on first use. crypto's Hash and Hmac are
// Transforms, but most code only calls update() and digest(); building the
// readable and writable state for every hash would be wasted work. The
// state properties are accessors on the prototype: the first read runs the
// Transform constructor, whose assignments land on the instance (the
// setters define own properties) and hide the accessors from then on.

var Transform = require('internal/streams/transform');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
  return function () {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function (value) {
    Object.defineProperty(this, name, {
      value: value, enumerable: true, configurable: true, writable: true
    });
  };
}

['_readableState', '_writableState', '_transformState'].forEach(function (name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: makeGetter(name),
    set: makeSetter(name),
    configurable: true,
    enumerable: true
  });
});

module.exports = LazyTransform;
