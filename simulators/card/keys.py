"""Test RSA-2048 keys and the raw RSA operation of the virtual card.

Keys come from OpenSSL (≈45 ms each here) and are cached per process under a name, so one
resident's card keeps its keys for the life of the process. Keys are not reproducible across
processes; what other components key on is the certificate serial, which is (see ``pki``).
These are **test keys only**.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric import rsa

PUBLIC_EXPONENT = 65537


@lru_cache(maxsize=1024)
def named_rsa_key(name: str, bits: int = 2048) -> rsa.RSAPrivateKey:
    """The process-wide test key called ``name`` (generated on first use)."""
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)


def pkcs1_type1_pad(payload: bytes, modulus_bytes: int) -> bytes:
    """EMSA-PKCS1-v1_5 block ``00 01 FF.. 00 payload`` (RFC 8017 §9.2); payload ≤ k − 11."""
    if len(payload) > modulus_bytes - 11:
        raise ValueError("payload too long for PKCS#1 v1.5 padding")
    return b"\x00\x01" + b"\xff" * (modulus_bytes - 3 - len(payload)) + b"\x00" + payload


def raw_private_op(key: rsa.RSAPrivateKey, block: bytes) -> bytes:
    """``block^d mod n`` by CRT: what the card's RSA engine does after it has padded the input."""
    numbers = key.private_numbers()
    n = numbers.public_numbers.n
    m = int.from_bytes(block, "big")
    if m >= n:
        raise ValueError("block not below the modulus")
    s1 = pow(m, numbers.dmp1, numbers.p)
    s2 = pow(m, numbers.dmq1, numbers.q)
    h = (numbers.iqmp * (s1 - s2)) % numbers.p
    return (s2 + h * numbers.q).to_bytes((n.bit_length() + 7) // 8, "big")


def card_public_key_tlv(key: rsa.RSAPublicKey) -> bytes:
    """RSA public key as the 券面 records write it: ``90 03 010001 91 82 0100 <n>`` (spec §6.4)."""
    n = key.public_numbers().n.to_bytes(256, "big")
    return b"\x90\x03\x01\x00\x01\x91\x82\x01\x00" + n
