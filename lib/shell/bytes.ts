// just-bash's ByteString helpers, re-implemented because its browser build does not export them.
import type { ByteString } from 'just-bash';

/** The raw bytes of a ByteString as a latin1 string (one char per byte). */
export function latin1(bytes: ByteString): string {
  return bytes as unknown as string;
}

/** A ByteString made of a latin1 string's chars (one byte each). */
export function bytesFromLatin1(text: string): ByteString {
  return text as unknown as ByteString;
}

/** Decodes UTF-8 bytes (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: ByteString): string {
  const text = latin1(bytes);
  const buffer = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) buffer[i] = text.charCodeAt(i) & 0xff;
  return new TextDecoder().decode(buffer);
}
