package main

import (
	"bytes"
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
)

// crypto/hkdf (Go 1.24): Key, and Extract then Expand, which give the same
// key; with the test vector of RFC 5869 (A.1).

func main() {
	ikm, _ := hex.DecodeString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
	salt, _ := hex.DecodeString("000102030405060708090a0b0c")
	info := string([]byte{0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9})

	key, err := hkdf.Key(sha256.New, ikm, salt, info, 42)
	fmt.Println(hex.EncodeToString(key), err)

	prk, err := hkdf.Extract(sha256.New, ikm, salt)
	fmt.Println(hex.EncodeToString(prk), err)
	okm, err := hkdf.Expand(sha256.New, prk, info, 42)
	fmt.Println(bytes.Equal(okm, key), err)

	// A function returning a concrete hash type, and explicit instantiation.
	k512, err := hkdf.Key[*sha3.SHA3](sha3.New256, []byte("secret"), nil, "ctx", 16)
	fmt.Println(hex.EncodeToString(k512), err)
	k, err := hkdf.Key[hash.Hash](sha512.New384, []byte("secret"), nil, "ctx", 8)
	fmt.Println(hex.EncodeToString(k), err)

	_, err = hkdf.Expand(sha256.New, prk, info, 255*32+1)
	fmt.Println(err)
}
