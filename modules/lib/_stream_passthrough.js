'use strict';

// require('_stream_passthrough'): the old name of stream.PassThrough (Node's lib/_stream_passthrough.js).
module.exports = require('stream').PassThrough;
