package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s %q\n", bytes.ToUpper([]byte("up")), bytes.Split([]byte("a,b"), []byte(",")))
	fmt.Printf("%s\n", bytes.TrimSpace([]byte("  t  ")))
	fmt.Println(bytes.ContainsFunc([]byte("ab1"), func(r rune) bool { return r == '1' }))
}
