'use strict';

// stream.addAbortSignal(signal, stream) (Node's
// lib/internal/streams/add-abort-signal.js): destroy the stream with an
// AbortError when the signal aborts. tickscope has no AbortController, so a
// signal is anything shaped like one (aborted, reason, addEventListener,
// removeEventListener).

var streamCodes = require('internal/streams/codes');
var utils = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');

var ERR_INVALID_ARG_TYPE = streamCodes.codes.ERR_INVALID_ARG_TYPE;

function validateSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!utils.isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  function onAbort() {
    stream.destroy(new streamCodes.AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort);
    eos(stream, function () { signal.removeEventListener('abort', onAbort); });
  }
  return stream;
}

module.exports = {
  addAbortSignal: addAbortSignal
};
