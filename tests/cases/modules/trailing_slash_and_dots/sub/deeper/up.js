module.exports = require('../..');
