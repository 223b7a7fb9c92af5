package main

import (
	"crypto/sha256"
	"fmt"
)

func main() {
	// ExampleSum256
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x", sum)

	// ExampleNew
	h := sha256.New()
	h.Write([]byte("hello world\n"))
	fmt.Printf("%x", h.Sum(nil))
}
