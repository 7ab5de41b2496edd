'use strict';

// DOMException (Node's lib/internal/per_context/domexception.js): the error
// web-platform APIs throw, told apart by `name` ('AbortError',
// 'TimeoutError', 'DataCloneError', ...) with a legacy numeric `code`.
//
// It inherits from Error (instanceof Error holds, util.inspect prints
// "DOMException [AbortError]: message"); name, message and code are
// accessors on the prototype, so an instance's only own property is
// `stack`, as in Node.

var ERR_INVALID_THIS = require('internal/errors').codes.ERR_INVALID_THIS;

var kInternals = Symbol('kDOMExceptionInternals');

// [name, legacy constant, code], in the spec's order.
var kTable = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25]
];
var codeOf = Object.create(null);
kTable.forEach(function (row) { codeOf[row[0]] = row[2]; });

function internals(self) {
  var data = self !== null && typeof self === 'object' ? self[kInternals] : undefined;
  if (data === undefined) throw new ERR_INVALID_THIS('DOMException');
  return data;
}

// new DOMException([message[, name | { name, cause }]])
function DOMException(message, options) {
  if (!(this instanceof DOMException)) {
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  }
  var data = { message: message === undefined ? '' : '' + message, name: 'Error' };
  if (options !== null && typeof options === 'object') {
    data.name = '' + options.name;
    if ('cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true,
        configurable: true, enumerable: false });
    }
  } else if (options !== undefined) {
    data.name = '' + options;
  }
  Object.defineProperty(this, kInternals, { value: data, enumerable: false });
  Error.captureStackTrace(this);
}

DOMException.prototype = Object.create(Error.prototype);
Object.defineProperty(DOMException.prototype, 'constructor', { value: DOMException,
  writable: true, configurable: true, enumerable: false });
Object.defineProperty(DOMException.prototype, 'name', {
  get: function () { return internals(this).name; }, enumerable: true, configurable: true
});
Object.defineProperty(DOMException.prototype, 'message', {
  get: function () { return internals(this).message; }, enumerable: true, configurable: true
});
Object.defineProperty(DOMException.prototype, 'code', {
  get: function () { return codeOf[internals(this).name] || 0; }, enumerable: true,
  configurable: true
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException',
  configurable: true, writable: false, enumerable: false });
kTable.forEach(function (row) {
  var desc = { value: row[2], enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, row[1], desc);
  Object.defineProperty(DOMException.prototype, row[1], desc);
});

module.exports = { DOMException: DOMException };
