'use strict';

// require('path/win32'): path's Windows flavour (Node's lib/path/win32.js).
module.exports = require('path').win32;
