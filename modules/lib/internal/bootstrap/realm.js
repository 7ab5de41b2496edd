'use strict';

// The built-in module loader (Node's lib/internal/bootstrap/realm.js).
//
// The JS library in modules/lib is embedded into the binary at build time
// (engine/builtins/js2c.cpp). Each file is a module whose id is its path:
// lib/internal/timers.js is 'internal/timers'. This file creates the loader
// for them; the C++ bootstrap calls it with (process, undefined, internalBinding) and
// keeps what it returns.
//
// Built-in modules are compiled as
//   function (exports, require, module, process, internalBinding) { ... }
// and `require` inside them is requireBuiltin: it can load 'internal/...'
// modules, which user code cannot (Node's canBeRequiredByUsers).

var builtinsBinding = internalBinding('builtins');
var trace = internalBinding('trace');

var cache = {};

function BuiltinModule(id) {
  this.id = id;
  this.filename = 'node:' + id;
  this.exports = {};
  this.loaded = false;
  this.loading = false;
}

BuiltinModule.exists = function exists(id) {
  return builtinsBinding.hasBuiltin(id);
};

// Modules user code may require: everything but internal/ (and the loader's
// own bootstrap and main scripts, which live under internal/ too).
BuiltinModule.canBeRequiredByUsers = function canBeRequiredByUsers(id) {
  return id.indexOf('internal/') !== 0 && BuiltinModule.exists(id);
};

// Every id a user can require, sorted (module.builtinModules).
BuiltinModule.getCanBeRequiredByUsersIds = function () {
  var ids = [];
  for (var i = 0; i < builtinsBinding.ids.length; i++) {
    if (BuiltinModule.canBeRequiredByUsers(builtinsBinding.ids[i])) ids.push(builtinsBinding.ids[i]);
  }
  return ids.sort();
};

BuiltinModule.isLoaded = function (id) {
  return cache[id] !== undefined && cache[id].loaded;
};

BuiltinModule.prototype.compileForInternalLoader = function () {
  if (this.loaded || this.loading) return this.exports;
  this.loading = true;
  try {
    var fn = builtinsBinding.compileFunction(this.id);
    fn.call(undefined, this.exports, requireBuiltin, this, process, internalBinding);
    this.loaded = true;
  } finally {
    this.loading = false;
  }
  return this.exports;
};

function requireBuiltin(id) {
  var mod = cache[id];
  if (mod === undefined) {
    if (!BuiltinModule.exists(id)) throw new Error('No such built-in module: ' + id);
    mod = cache[id] = new BuiltinModule(id);
  }
  return mod.compileForInternalLoader();
}

// Other internal modules reach the loader as require('internal/bootstrap/realm').
var self = new BuiltinModule('internal/bootstrap/realm');
self.exports = { BuiltinModule: BuiltinModule };
self.loaded = true;
cache['internal/bootstrap/realm'] = self;

return {
  BuiltinModule: BuiltinModule,
  requireBuiltin: requireBuiltin
};
