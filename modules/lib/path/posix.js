'use strict';

// require('path/posix'): path's POSIX flavour (Node's lib/path/posix.js).
module.exports = require('path').posix;
