package main

import (
	"bytes"
	"errors"
	"fmt"
)

func main() {
	fmt.Println(errors.ErrUnsupported)
	var b bytes.Buffer
	b.WriteString("abc")
	fmt.Println(b.Available() >= 0, len(b.AvailableBuffer()))
	fmt.Println(bytes.ContainsFunc([]byte("x1"), func(r rune) bool { return r >= '0' && r <= '9' }))
}
