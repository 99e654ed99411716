// Browser stand-in for node:stream: bundled modules only subclass Readable/Writable; the sandbox opens no Node streams.
export class Readable {}
export class Writable {}
