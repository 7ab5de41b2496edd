'use strict';

// The error codes of the streams modules, registered with internal/errors
// (Node keeps them all in lib/internal/errors.js; messages are Node's).

var errors = require('internal/errors');
var E = errors.registerCode;

E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);

// AbortError: what an aborted operation rejects or fails with.
function AbortError(message, options) {
  if (message === undefined) message = 'The operation was aborted';
  var err = new Error(message);
  Object.setPrototypeOf(err, AbortError.prototype);
  Object.defineProperty(err, 'code', { value: 'ABORT_ERR', writable: true, configurable: true,
    enumerable: true });
  Object.defineProperty(err, 'stack', { value: 'AbortError: ' + message + errors.stackTail(err.stack),
    writable: true, configurable: true });
  if (options && options.cause !== undefined) {
    Object.defineProperty(err, 'cause', { value: options.cause, writable: true, configurable: true });
  }
  return err;
}
AbortError.prototype = Object.create(Error.prototype, {
  constructor: { value: AbortError, writable: true, configurable: true },
  name: { value: 'AbortError', writable: true, configurable: true }
});

// Two errors from one operation: the first, or an AggregateError-like error
// holding both (Node's aggregateTwoErrors).
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    var Aggregate = typeof AggregateError === 'function' ? AggregateError : null;
    var err = Aggregate ? new Aggregate([outer, inner], outer.message) : new Error(outer.message);
    if (!Aggregate) err.errors = [outer, inner];
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

module.exports = {
  codes: errors.codes,
  AbortError: AbortError,
  aggregateTwoErrors: aggregateTwoErrors
};
