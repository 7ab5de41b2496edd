'use strict';

// require('stream/promises') (Node's lib/stream/promises.js): pipeline and
// finished returning promises. pipeline's last argument may be an options
// object ({ signal, end }).

var pipelineImpl = require('internal/streams/pipeline').pipelineImpl;
var finished = require('internal/streams/end-of-stream').finished;
var utils = require('internal/streams/utils');

var withRest = internalBinding('functions').withRest;

var pipeline = withRest(function pipeline(streams) {
  streams = streams || [];
  return new Promise(function (resolve, reject) {
    var signal;
    var end;
    var lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !utils.isNodeStream(lastArg) &&
        !utils.isIterable(lastArg)) {
      var options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, function (err, value) {
      if (err) reject(err);
      else resolve(value);
    }, { signal: signal, end: end });
  });
}, 0);

module.exports = {
  pipeline: pipeline,
  finished: finished
};
