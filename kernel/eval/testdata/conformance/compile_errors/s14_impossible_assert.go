package main

import (
	"fmt"
	"io"
)

type T struct{}

func (T) Write(p []byte) int { return 0 }

func main() {
	var w io.Writer
	t, ok := w.(T)
	fmt.Println(t, ok)
}
