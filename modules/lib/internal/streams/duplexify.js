'use strict';

// Duplex.from(body) (Node's lib/internal/streams/duplexify.js, in part): a
// Duplex made from a stream, a { readable, writable } pair, an iterable or
// a promise. Writes go to the writable side, reads come from the readable
// side, errors and closes of either destroy the whole.

var utils = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var streamCodes = require('internal/streams/codes');

var ERR_INVALID_ARG_TYPE = streamCodes.codes.ERR_INVALID_ARG_TYPE;

function duplexify(body, name) {
  var Duplex = require('internal/streams/duplex');
  var Readable = require('internal/streams/readable');

  if (utils.isDuplexNodeStream(body)) return body;
  if (utils.isReadableNodeStream(body)) return fromPair({ readable: body });
  if (utils.isWritableNodeStream(body)) return fromPair({ writable: body });
  if (utils.isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (utils.isIterable(body)) {
    var r = Readable.from(body, { objectMode: true });
    return fromPair({ readable: r });
  }
  if (body != null && typeof body.then === 'function') {
    var d = new Duplex({ objectMode: true, writable: false, read: function () {} });
    body.then(function (val) {
      if (val != null) d.push(val);
      d.push(null);
    }, function (err) {
      destroyImpl.destroyer(d, err);
    });
    return d;
  }
  if (body !== null && typeof body === 'object' &&
      (body.readable !== undefined || body.writable !== undefined)) {
    var readable = body.readable && utils.isReadableNodeStream(body.readable) ? body.readable :
      body.readable ? duplexify(body.readable) : undefined;
    var writable = body.writable && utils.isWritableNodeStream(body.writable) ? body.writable :
      body.writable ? duplexify(body.writable) : undefined;
    return fromPair({ readable: readable, writable: writable });
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

function fromPair(pair) {
  var Duplex = require('internal/streams/duplex');
  var r = pair.readable && typeof pair.readable.read !== 'function' ?
    require('internal/streams/readable').wrap(pair.readable) : pair.readable;
  var w = pair.writable;

  var readable = !!utils.isReadable(r);
  var writable = !!utils.isWritable(w);

  var onfinish;
  var ondrain;
  var onreadable;
  var ondestroy;

  function onfinished(err) {
    var cb = ondestroy;
    ondestroy = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  var d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable: readable,
    writable: writable
  });

  if (writable) {
    eos(w, function (err) {
      writable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    w.on('drain', function () {
      if (ondrain) {
        var cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('finish', function () {
      if (onfinish) {
        var cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, function (err) {
      readable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', function () {
      if (onreadable) {
        var cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', function () {
      d.push(null);
    });
    d._read = function () {
      for (;;) {
        var buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onreadable !== null) err = new streamCodes.AbortError();
    onreadable = null;
    onfinish = null;
    if (ondestroy === null) {
      callback(err);
    } else {
      ondestroy = callback;
      destroyImpl.destroyer(w, err);
      destroyImpl.destroyer(r, err);
    }
  };
  return d;
}

module.exports = duplexify;
