// Browser stand-in for node:stream: memfs only subclasses Readable/Writable for fs streams, which the sandbox never opens.
export class Readable {}
export class Writable {}
