package main

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
)

func main() {
	key := []byte("0123456789abcdef0123456789abcdef")
	block, err := aes.NewCipher(key)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(block.BlockSize())
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	for i := range nonce {
		nonce[i] = byte(i)
	}
	ct := gcm.Seal(nil, nonce, []byte("attack at dawn"), []byte("hdr"))
	fmt.Println(hex.EncodeToString(ct), gcm.Overhead())
	pt, err := gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println(string(pt), err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println(err)
	_, err = aes.NewCipher([]byte("short"))
	fmt.Println(err)
}
