package main

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	secret := []byte("input keying material")
	salt := []byte("salt")
	key, err := hkdf.Key(sha256.New, secret, salt, "context info", 16)
	fmt.Println(hex.EncodeToString(key), err)
	prk, err := hkdf.Extract(sha256.New, secret, salt)
	fmt.Println(len(prk), err)
	out, err := hkdf.Expand(sha256.New, prk, "context info", 16)
	fmt.Println(hex.EncodeToString(out) == hex.EncodeToString(key), err)
	dk, err := pbkdf2.Key(sha256.New, "password", salt, 4096, 32)
	fmt.Println(hex.EncodeToString(dk), err)
}
