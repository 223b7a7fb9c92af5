package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
)

type mode struct {
	name string
	enc  func(b cipher.Block, iv []byte) cipher.Stream
}

func main() {
	key := sha256.Sum256([]byte("passphrase"))
	block, _ := aes.NewCipher(key[:])
	iv := []byte("0123456789abcdef")
	plain := []byte("the same text under several stream modes")
	for _, m := range []mode{{"ctr", cipher.NewCTR}, {"ofb", cipher.NewOFB}} {
		out := make([]byte, len(plain))
		m.enc(block, iv).XORKeyStream(out, plain)
		back := make([]byte, len(out))
		m.enc(block, iv).XORKeyStream(back, out)
		fmt.Printf("%s %x %s\n", m.name, out[:12], back)
	}
	out := make([]byte, len(plain))
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(out, plain)
	back := make([]byte, len(out))
	cipher.NewCFBDecrypter(block, iv).XORKeyStream(back, out)
	fmt.Printf("cfb %x %s\n", out[:12], back)
	aead, _ := cipher.NewGCMWithNonceSize(block, 16)
	fmt.Println(aead.NonceSize(), len(aead.Seal(nil, iv, plain, nil)))
}
