// Browser stand-in for turndown: just-bash's html-to-markdown command is not part of the sandbox.
export default class TurndownService {
  constructor() {
    throw new Error('html-to-markdown is not available in this sandbox');
  }
}
