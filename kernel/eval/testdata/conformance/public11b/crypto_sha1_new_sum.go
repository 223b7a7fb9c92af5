package main

import (
	"crypto/sha1"
	"fmt"
	"io"
)

func main() {
	// ExampleNew
	h := sha1.New()
	io.WriteString(h, "His money is twice tainted:")
	io.WriteString(h, " 'taint yours and 'taint mine.")
	fmt.Printf("% x", h.Sum(nil))

	// ExampleSum
	data := []byte("This page intentionally left blank.")
	fmt.Printf("% x", sha1.Sum(data))
}
