package main

import (
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"encoding/hex"
	"fmt"
)

// crypto/pbkdf2 (Go 1.24): Key, with the test vector of RFC 6070 and a
// key as the package's documentation derives one.

func main() {
	dk, err := pbkdf2.Key(sha1.New, "password", []byte("salt"), 2, 20)
	fmt.Println(hex.EncodeToString(dk), err)

	salt := []byte("0123456789abcdef")
	key, err := pbkdf2.Key(sha256.New, "some password", salt, 4096, 32)
	fmt.Println(hex.EncodeToString(key), err)

	k3, err := pbkdf2.Key(sha3.New256, "pw", salt, 10, 16)
	fmt.Println(hex.EncodeToString(k3), err)

	_, err = pbkdf2.Key(sha256.New, "pw", salt, 1, 1<<40)
	fmt.Println(err)
}
