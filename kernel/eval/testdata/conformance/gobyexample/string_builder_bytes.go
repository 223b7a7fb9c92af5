package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	word, _ := buf.ReadString(' ')
	fmt.Printf("%q %q\n", word, buf.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%s\n", bytes.Title([]byte("x")))
	fields := strings.FieldsFunc("a1b2c3", unicode.IsDigit)
	fmt.Println(fields, len(fields))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	var sb strings.Builder
	sb.Grow(10)
	for _, r := range "abc" {
		sb.WriteRune(unicode.ToUpper(r))
	}
	fmt.Println(sb.String())
}
