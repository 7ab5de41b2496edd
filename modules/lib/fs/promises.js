'use strict';

// require('fs/promises') is fs.promises.

module.exports = require('fs').promises;
