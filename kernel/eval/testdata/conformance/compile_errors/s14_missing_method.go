package main

import (
	"fmt"
	"io"
)

type R struct{}

func (R) Read(p []byte) (int, error) { return 0, nil }

func main() {
	var rw io.ReadWriter = R{}
	fmt.Println(rw)
}
