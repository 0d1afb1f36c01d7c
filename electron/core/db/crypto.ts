import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';

/**
 * Key wrapping (design.md, "The encrypted archive"): the master key is sealed
 * with AES-256-GCM under a key derived by scrypt from a password or from the
 * recovery key. GCM's tag makes a wrong password fail loudly instead of
 * yielding a wrong key.
 */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** N=2^16 costs about 0.2 s here (design.md budget: unlock ≤ 0.4 s). */
export const DEFAULT_KDF: KdfParams = { N: 1 << 16, r: 8, p: 1 };

export interface Sealed {
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export function deriveKey(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r bytes (64 MiB at N=2^16).
    scrypt(secret.normalize('NFC'), salt, 32, { ...kdf, maxmem: 256 * kdf.N * kdf.r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export function seal(plain: Buffer, key: Buffer, salt: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
    data: data.toString('hex'),
  };
}

/** Returns null when the key is wrong (the GCM tag does not verify). */
export function open(sealed: Sealed, key: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'hex')), decipher.final()]);
  } catch {
    return null;
  }
}

export async function sealWithSecret(plain: Buffer, secret: string, kdf: KdfParams): Promise<Sealed> {
  const salt = randomBytes(16);
  return seal(plain, await deriveKey(secret, salt, kdf), salt);
}

export async function openWithSecret(sealed: Sealed, secret: string, kdf: KdfParams): Promise<Buffer | null> {
  return open(sealed, await deriveKey(secret, Buffer.from(sealed.salt, 'hex'), kdf));
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
