package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %q\n", n, err, b[:n])
		if err == io.EOF {
			break
		}
	}
	r.Reset("abc")
	c, _ := r.ReadByte()
	r.UnreadByte()
	rn, size, _ := r.ReadRune()
	fmt.Println(string(c), string(rn), size, r.Len(), r.Size())
	r.Seek(-1, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	fmt.Println(sb.String(), sb.Len())
}
