'use strict';

// require('_stream_transform'): the old name of stream.Transform (Node's lib/_stream_transform.js).
module.exports = require('stream').Transform;
