import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
} from 'node:crypto';

/**
 * Sealing to a public key (X25519 + AES-256-GCM): anyone may seal with the
 * public half, only the holder of the private half can open. The private half
 * lives inside the encrypted database, so a text sealed while the archive is
 * closed (a failed login's name) is readable only once it is open again.
 */
export interface SealedText {
  /** The sender's one-time public key (SPKI DER, base64). */
  epk: string;
  iv: string;
  tag: string;
  data: string;
}

export interface BoxKeyPair {
  /** SPKI DER, base64: may rest in clear beside the archive. */
  publicKey: string;
  /** PKCS#8 DER, base64: only ever stored inside the encrypted database. */
  privateKey: string;
}

export function newBoxKeyPair(): BoxKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

const publicOf = (b64: string) =>
  createPublicKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'spki' });
const privateOf = (b64: string) =>
  createPrivateKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'pkcs8' });

/** The AES key both sides derive: the shared secret bound to the one-time key. */
function boxKey(shared: Buffer, epk: string): Buffer {
  return createHash('sha256').update(shared).update(epk).digest();
}

export function sealText(publicKey: string, text: string): SealedText {
  const eph = generateKeyPairSync('x25519');
  const epk = eph.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const key = boxKey(diffieHellman({ privateKey: eph.privateKey, publicKey: publicOf(publicKey) }), epk);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return {
    epk,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The text, or null when it was sealed to another key or altered. */
export function openText(privateKey: string, sealed: SealedText): string | null {
  try {
    const key = boxKey(
      diffieHellman({ privateKey: privateOf(privateKey), publicKey: publicOf(sealed.epk) }),
      sealed.epk,
    );
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    // A wrong key or a flipped byte fails GCM's tag: the record is unreadable, not fatal.
    return null;
  }
}
