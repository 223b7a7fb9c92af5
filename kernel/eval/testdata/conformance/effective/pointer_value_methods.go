package main

import (
	"fmt"
	"io"
)

type ByteSlice []byte

func (slice ByteSlice) Append(data []byte) []byte {
	return append(slice, data...)
}

func (p *ByteSlice) AppendP(data []byte) {
	*p = append(*p, data...)
}

func (p *ByteSlice) Write(data []byte) (n int, err error) {
	*p = append(*p, data...)
	return len(data), nil
}

func main() {
	var b ByteSlice
	b = b.Append([]byte("one "))
	b.AppendP([]byte("two "))
	fmt.Fprintf(&b, "This hour has %d days", 7)
	fmt.Println(string(b))
	var w io.Writer = &b
	w.Write([]byte("!"))
	fmt.Println(len(b), string(b[len(b)-1:]))
}
