package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"fmt"
)

func pad(b []byte, n int) []byte {
	p := n - len(b)%n
	return append(b, bytes.Repeat([]byte{byte(p)}, p)...)
}

func main() {
	key := bytes.Repeat([]byte{0x2b}, 16)
	iv := bytes.Repeat([]byte{0x01}, aes.BlockSize)
	block, _ := aes.NewCipher(key)
	src := []byte("exactly sixteen!")
	dst := make([]byte, 16)
	block.Encrypt(dst, src)
	fmt.Printf("%x\n", dst)
	back := make([]byte, 16)
	block.Decrypt(back, dst)
	fmt.Println(string(back))

	msg := pad([]byte("cbc mode message, padded"), aes.BlockSize)
	ct := make([]byte, len(msg))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, msg)
	fmt.Printf("%x\n", ct)
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(pt, ct)
	fmt.Printf("%q\n", pt)

	stream := cipher.NewCTR(block, iv)
	out := make([]byte, 11)
	stream.XORKeyStream(out, []byte("hello world"))
	fmt.Printf("%x\n", out)
	cipher.NewCTR(block, iv).XORKeyStream(out, out)
	fmt.Println(string(out))
}
