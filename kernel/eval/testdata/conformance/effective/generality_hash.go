package main

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
)

func digest(h hash.Hash, s string) string {
	h.Write([]byte(s))
	return fmt.Sprintf("%x", h.Sum(nil))
}

type Block interface {
	BlockSize() int
	Encrypt(dst, src []byte)
}

type xorBlock byte

func (x xorBlock) BlockSize() int { return 4 }
func (x xorBlock) Encrypt(dst, src []byte) {
	for i := range src {
		dst[i] = src[i] ^ byte(x)
	}
}

func main() {
	fmt.Println(digest(sha256.New(), "go")[:16])
	fmt.Println(digest(crc32.NewIEEE(), "go"))
	fmt.Println(digest(fnv.New32a(), "go"))
	var b Block = xorBlock(0x20)
	dst := make([]byte, 4)
	b.Encrypt(dst, []byte("GoGo"))
	fmt.Println(string(dst), b.BlockSize())
}
