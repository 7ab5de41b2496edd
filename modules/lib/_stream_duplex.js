'use strict';

// require('_stream_duplex'): the old name of stream.Duplex (Node's lib/_stream_duplex.js).
module.exports = require('stream').Duplex;
