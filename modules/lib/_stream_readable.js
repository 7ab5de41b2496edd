'use strict';

// require('_stream_readable'): the old name of stream.Readable (Node's lib/_stream_readable.js).
module.exports = require('stream').Readable;
