package main

import (
	"crypto/sha256"
	"fmt"
	"hash"
)

func main() {
	h := sha256.New()
	h.Write([]byte("prefix-"))
	c, err := h.(hash.Cloner).Clone()
	fmt.Println(err)
	h.Write([]byte("a"))
	c.Write([]byte("b"))
	fmt.Printf("%x\n%x\n", h.Sum(nil)[:4], c.Sum(nil)[:4])
}
