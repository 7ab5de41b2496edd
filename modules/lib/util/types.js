'use strict';

// require('util/types'): the same object as util.types (Node's lib/util/types.js).
module.exports = require('util').types;
