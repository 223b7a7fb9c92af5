package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%d", 42)
	b := buf.Bytes() // aliases the buffer's contents
	buf.WriteString("!")
	fmt.Println(buf.String(), string(b), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	rest, err := buf.ReadString('?')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	var sb strings.Builder
	sb.Grow(10)
	for i := 3; i > 0; i-- {
		fmt.Fprint(&sb, i, "..")
	}
	sb.WriteString("go")
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReader("abc")
	p := make([]byte, 2)
	n, _ := r.Read(p)
	n2, _ := r.Read(p)
	_, err = r.Read(p)
	fmt.Println(n, n2, string(p), err)
	fmt.Println(strings.Repeat("ab", 3), strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
