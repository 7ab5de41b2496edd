module.exports = 'index.js of the case folder';
