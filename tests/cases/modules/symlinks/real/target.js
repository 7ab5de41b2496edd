exports.where = __filename.split('/').slice(-2).join('/'); exports.loaded = (global.symlinkLoads = (global.symlinkLoads || 0) + 1);
