package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.Grow(64)
	before := b.Cap()
	n, err := b.ReadFrom(strings.NewReader("streamed content"))
	fmt.Println(n, err, b.String(), before >= 64)
	var w strings.Builder
	m, _ := b.WriteTo(&w)
	fmt.Println(m, w.String(), b.Len())
	b.WriteString("line1\nline2\n")
	for {
		line, err := b.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Printf("%q\n", line)
	}
	b.WriteString("héllo")
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size)
	b.UnreadRune()
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size, b.String())
	fmt.Println(b.Available() >= 0, b.AvailableBuffer() != nil || true)
}
