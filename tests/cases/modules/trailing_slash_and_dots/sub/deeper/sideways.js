module.exports = require('../../lib');
