'use strict';

// The CommonJS module loader (Node's lib/internal/modules/cjs/loader.js),
// recording every resolution step.
//
// require(request) from a module `parent`:
//
//   Module._load
//     1. 'node:x', or a core module name        -> the built-in (module.core)
//     2. Module._resolveFilename                -> an absolute filename
//          _resolveLookupPaths: './x', '../x', '/x' search dirname(parent);
//            bare names search parent.paths, the node_modules directory of
//            every ancestor directory (module.paths)
//          _findPath, for each of those directories:
//            the exact path, if it is a file                (module.try as=file)
//            path + each extension: .js .json .node         (as=extension)
//            a directory: package.json "main" (main, main.js, main/index.js)
//              then index.js, index.json, index.node        (as=main / index)
//     3. Module._cache[filename]: already loaded, or loading (a cycle: the
//        partial exports are returned)                      (module.cache)
//     4. a new Module: cached, then loaded: .js is compiled in the wrapper
//          function (exports, require, module, __filename, __dirname) { ... }
//        and run with this === module.exports; .json is parsed.
//
// Failures throw "Cannot find module 'x'" with code MODULE_NOT_FOUND and the
// require stack, and delete the half-loaded module from the cache.

var path = require('path');
var BuiltinModule = require('internal/bootstrap/realm').BuiltinModule;
var fsBinding = internalBinding('fs');
var contextify = internalBinding('contextify');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');
var validators = require('internal/validators');
var codes = require('internal/errors').codes;

var K = trace.kinds;
var tracing = trace.enabled;

var kModuleParent = Symbol('kModuleParent');

// Ids of the require() calls in progress: the cause of nested events.
var requireIds = [];

function currentCause() {
  return requireIds.length > 0 ? requireIds[requireIds.length - 1] : asyncIds.executionAsyncId();
}

function emit(kind, a, b, c, d) {
  trace.emit(K[kind], requireIds.length > 0 ? requireIds[requireIds.length - 1] : 0,
    currentCause(), a, b, c, d);
}

// 0 for a file, 1 for a directory, negative when missing (Node's internalModuleStat).
function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function statName(rc) {
  return rc === 0 ? 'file' : rc === 1 ? 'directory' : 'missing';
}

function Module(id, parent) {
  if (id === undefined) id = '';
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  Object.defineProperty(this, kModuleParent, { value: parent, writable: true, configurable: true,
    enumerable: false });
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Object.defineProperty(Module.prototype, 'parent', {
  get: function () { return this[kModuleParent]; },
  set: function (value) { this[kModuleParent] = value; },
  configurable: true
});

function updateChildren(parent, child, scan) {
  var children = parent && parent.children;
  if (children && !(scan && children.indexOf(child) !== -1)) children.push(child);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];

var modulePaths = [];

// Node v20's module.builtinModules, so that requiring one tickscope lacks
// (crypto, zlib, ...) says so instead of only "Cannot find module".
var nodeBuiltinNames = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib'
];

// For a name Node has and tickscope does not: a line saying so, rather than
// leaving the reader looking for a missing file. Empty for other names.
function notProvidedHint(id) {
  if (nodeBuiltinNames.indexOf(id) === -1) return '';
  var provided = Module.builtinModules.filter(function (name) { return name.charAt(0) !== '_'; });
  return "\n- '" + id + "' is a Node.js built-in module that tickscope does not provide." +
    '\n  tickscope provides: ' + provided.join(', ');
}

Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersIds();

Module.isBuiltin = function isBuiltin(moduleName) {
  return normalizeRequirableId(moduleName) !== undefined;
};

// 'node:x' -> 'x' if x is a user-visible built-in; 'x' -> 'x' likewise.
function normalizeRequirableId(id) {
  if (id.indexOf('node:') === 0) {
    var normalized = id.slice(5);
    if (BuiltinModule.canBeRequiredByUsers(normalized)) return normalized;
    return undefined;
  }
  if (BuiltinModule.canBeRequiredByUsers(id)) return id;
  return undefined;
}

var wrapperParams = 'exports, require, module, __filename, __dirname';
Module.wrapper = ['(function (' + wrapperParams + ') { ', '\n});'];
Module.wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

// The node_modules directories to search from `from`, nearest first:
// /a/b/c -> /a/b/c/node_modules, /a/b/node_modules, /a/node_modules, /node_modules.
// Ancestors that are themselves node_modules directories are skipped.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  var paths = [];
  var parts = from.split('/');
  for (var i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(parts.slice(0, i).join('/') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (normalizeRequirableId(request) !== undefined) return null;
  // Bare names ('lodash', '.hidden') search the node_modules paths.
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    var paths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  // With no parent filename (the REPL), relative to the current directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function toRealPath(requestPath) {
  return fsBinding.internalModuleRealpath(requestPath);
}

// One module.try event: a candidate path, what it was tried as and what the
// file system said. triedCount counts them for module.notFound.
var triedCount = 0;
function emitTry(candidate, as, result) {
  triedCount++;
  emit('module.try', candidate, as, result);
}

function tryFile(requestPath, as) {
  var rc = stat(requestPath);
  if (tracing) emitTry(requestPath, as, statName(rc));
  if (rc !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, as) {
  for (var i = 0; i < exts.length; i++) {
    var filename = tryFile(basePath + exts[i], as);
    if (filename) return filename;
  }
  return false;
}

// The "main" field of dir/package.json, or undefined.
function readPackageMain(dir) {
  var jsonPath = path.resolve(dir, 'package.json');
  var text;
  try {
    text = fsBinding.readFileUtf8(jsonPath);
  } catch (e) {
    return undefined;
  }
  var pkg;
  try {
    pkg = JSON.parse(text);
  } catch (e) {
    var err = new Error('Invalid package config ' + jsonPath + '.');
    err.code = 'ERR_INVALID_PACKAGE_CONFIG';
    throw err;
  }
  var main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (tracing) emit('module.package', jsonPath, main === undefined ? '' : main);
  return main;
}

function tryPackage(requestPath, exts, originalPath) {
  var main = readPackageMain(requestPath);
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, 'index');
  var filename = path.resolve(requestPath, main);
  var actual = tryFile(filename, 'main') || tryExtensions(filename, exts, 'main') ||
    tryExtensions(path.resolve(filename, 'index'), exts, 'main');
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, 'index');
    if (!actual) {
      var err = new Error("Cannot find module '" + filename + "'. " +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    var jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning("Invalid 'main' field in '" + jsonPath + "' of '" + main + "'. " +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}


Module._findPath = function _findPath(request, paths, isMain) {
  var absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  var cacheKey = request + '\x00' + paths.join('\x00');
  var entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  var exts;
  var trailingSlash = request.length > 0 && request.charCodeAt(request.length - 1) === 47;
  var isRelative = request.indexOf('./') === 0 || request.indexOf('../') === 0 ||
    request === '.' || request === '..';
  var insidePath = true;
  if (isRelative) {
    var normalizedRequest = path.normalize(request);
    if (normalizedRequest.indexOf('..') === 0) insidePath = false;
  }

  for (var i = 0; i < paths.length; i++) {
    var curPath = paths[i];
    // Skip a search directory that does not exist.
    if (insidePath && curPath && stat(curPath) < 1) {
      if (tracing) emitTry(curPath, 'directory', 'missing');
      continue;
    }
    var basePath = path.resolve(curPath, request);
    var filename;
    var rc = stat(basePath);
    if (!trailingSlash) {
      if (tracing) emitTry(basePath, 'file', statName(rc));
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, 'extension');
      }
    } else if (tracing) {
      emitTry(basePath, 'directory', statName(rc));
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (normalizeRequirableId(request) !== undefined) return request;
  var paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      var isRelative = request.indexOf('./') === 0 || request.indexOf('../') === 0;
      if (isRelative) {
        paths = options.paths;
      } else {
        var fakeParent = new Module('', null);
        paths = [];
        for (var i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          var lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (var j = 0; j < lookupPaths.length; j++) {
            if (paths.indexOf(lookupPaths[j]) === -1) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (tracing) emit('module.paths', request, JSON.stringify(path.isAbsolute(request) ? [] : paths || []));

  triedCount = 0;
  var filename = Module._findPath(request, paths, isMain);
  if (filename) {
    if (tracing) emit('module.resolved', request, filename);
    return filename;
  }
  if (tracing) emit('module.notFound', request, triedCount);
  var requireStack = [];
  for (var cursor = parent; cursor; cursor = cursor[kModuleParent]) {
    requireStack.push(cursor.filename || cursor.id);
  }
  var message = "Cannot find module '" + request + "'" + notProvidedHint(request);
  if (requireStack.length > 0) message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  var err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function loadBuiltinModule(id, request) {
  var cached = BuiltinModule.isLoaded(id);
  if (tracing) emit('module.core', request, id, cached);
  return require(id);
}

// The exports of a module that is still loading (a require cycle).
function getExportsForCircularRequire(module) {
  return module.exports;
}

Module._load = function _load(request, parent, isMain) {
  var requireId = asyncIds.newAsyncId();
  if (tracing) {
    trace.emit(K['module.require'], requireId, currentCause(), request,
      parent ? (parent.filename || parent.id) : '');
  }
  requireIds.push(requireId);
  try {
    if (request.indexOf('node:') === 0) {
      var id = request.slice(5);
      if (!BuiltinModule.canBeRequiredByUsers(id)) {
        var unknown = new Error('No such built-in module: ' + request + notProvidedHint(id));
        unknown.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw unknown;
      }
      return loadBuiltinModule(id, request);
    }

    var filename = Module._resolveFilename(request, parent, isMain);
    var cachedModule = Module._cache[filename];
    if (cachedModule !== undefined) {
      updateChildren(parent, cachedModule, true);
      if (tracing) emit('module.cache', request, filename, cachedModule.loaded);
      if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
      return cachedModule.exports;
    }
    if (BuiltinModule.canBeRequiredByUsers(filename) && filename === request) {
      return loadBuiltinModule(filename, request);
    }

    var module = new Module(filename, parent);
    if (isMain) {
      process.mainModule = module;
      module.id = '.';
    }
    Module._cache[filename] = module;

    var threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        if (parent !== undefined && parent !== null) {
          var children = parent.children;
          if (Array.isArray(children)) {
            var index = children.indexOf(module);
            if (index !== -1) children.splice(index, 1);
          }
        }
      }
    }
    return module.exports;
  } finally {
    requireIds.pop();
  }
};

function findLongestRegisteredExtension(filename) {
  var name = path.basename(filename);
  var currentExtension;
  var index;
  var startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;  // Skip dotfiles like .gitignore
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  var extension = findLongestRegisteredExtension(filename);
  var started = tracing ? trace.now() : 0;
  if (tracing) emit('module.load', filename, extension);
  var threw = true;
  try {
    Module._extensions[extension](this, filename);
    threw = false;
  } finally {
    if (tracing) emit('module.loaded', filename, trace.now() - started, threw);
  }
  this.loaded = true;
};

Module.prototype.require = function (id) {
  validators.validateString(id, 'id');
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function makeRequireFunction(mod) {
  var require = function require(p) {
    return mod.require(p);
  };
  function resolve(request, options) {
    validators.validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validators.validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function (content, filename) {
  // The require() being served names the compile in the trace.
  var requireId = requireIds.length > 0 ? requireIds[requireIds.length - 1] : 0;
  var compiledWrapper = contextify.compileFunction(content, filename, wrapperParams, requireId);
  var dirname = path.dirname(filename);
  var require = makeRequireFunction(this);
  var exports = this.exports;
  return compiledWrapper.call(exports, exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function (module, filename) {
  var content = fsBinding.readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function (module, filename) {
  var content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  var err = new Error('Cannot load native addon ' + filename + ': tickscope runs JavaScript only ' +
    '(native addons are not supported)');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.createRequire = function createRequire(filename) {
  var filepath = String(filename);
  if (filepath.indexOf('file://') === 0) filepath = decodeURIComponent(filepath.slice(7));
  var trailingSlash = filepath.charAt(filepath.length - 1) === '/';
  var proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  var m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._initPaths = function () {
  var homeDir = process.env.HOME;
  var nodePath = process.env.NODE_PATH;
  var prefixDir = path.resolve(process.execPath, '..', '..');
  var paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(function (p) { return !!p; }).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};

Module.syncBuiltinESMExports = function () {};

// Runs the main script: process.argv[1] becomes its absolute path, as in Node.
Module.runMain = function runMain(main) {
  var resolved = path.resolve(main);
  process.argv.splice(1, 0, resolved);
  Module._load(resolved, null, true);
};

Module.Module = Module;
Module._initPaths();

module.exports = { Module: Module };
