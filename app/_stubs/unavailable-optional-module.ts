// Stands in for just-bash's optional native compressors (@mongodb-js/zstd, node-liblzma), which the bundler
// cannot resolve and the page cannot use; importing it fails, and just-bash then reports the format as unavailable.
throw new Error('This optional native module is not available in Skillshell.');
