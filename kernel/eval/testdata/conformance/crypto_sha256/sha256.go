package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Println(sha256.Size, h.BlockSize())
}
