package main

import (
	"fmt"
	"io"
	"os"
)

var _ io.Writer = (*os.File)(nil)
var _ = fmt.Sprint("x")

type T struct{}

func (T) Write(p []byte) (int, error) { return len(p), nil }

var _ io.Writer = T{}

func main() {
	_, err := fmt.Fprintln(T{}, "ignored")
	fmt.Println(err)
	for _, c := range "ab" {
		_ = c
	}
	var _ int = 5
	fmt.Println("ok")
}
