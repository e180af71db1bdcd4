/** The PNG file of `width` × `height` pixels given as 8-bit RGBA (opaque or straight alpha), row by row. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer;
