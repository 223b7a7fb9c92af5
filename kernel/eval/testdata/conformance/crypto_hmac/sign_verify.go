package main

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
)

func sign(key, msg []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

func main() {
	key := []byte("secret-key")
	sig := sign(key, []byte("hello"))
	fmt.Println(hex.EncodeToString(sig))
	fmt.Println(hmac.Equal(sig, sign(key, []byte("hello"))), hmac.Equal(sig, sign(key, []byte("hellO"))))
	m := hmac.New(sha512.New, []byte("k"))
	fmt.Println(m.Size(), m.BlockSize())
	m.Write([]byte("part1"))
	m.Write([]byte("part2"))
	fmt.Printf("%x\n", m.Sum(nil)[:16])
	m.Reset()
	m.Write([]byte("part1part2"))
	fmt.Printf("%x\n", m.Sum(nil)[:16])
	h1 := hmac.New(sha1.New, []byte("key"))
	h1.Write([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Printf("%x\n", h1.Sum(nil))
}
