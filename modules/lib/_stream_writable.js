'use strict';

// require('_stream_writable'): the old name of stream.Writable (Node's lib/_stream_writable.js).
module.exports = require('stream').Writable;
