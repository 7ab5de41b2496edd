'use strict';

// The util module (Node's lib/util.js). PLACEHOLDER until the full port.

var inspectModule = require('internal/util/inspect');

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

module.exports = {
  format: inspectModule.format,
  formatWithOptions: inspectModule.formatWithOptions,
  inspect: inspectModule.inspect,
  inherits: inherits
};
