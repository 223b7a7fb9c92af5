package main

import (
	"fmt"
	"io"
)

type onlyRead struct{}

func (onlyRead) Read(p []byte) (int, error) { return 0, io.EOF }

func copyTo(w io.Writer, r io.Reader) { io.Copy(w, r) }

func main() {
	copyTo(onlyRead{}, onlyRead{})
	fmt.Println("done")
}
