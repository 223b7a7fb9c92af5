package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world! %d", 42)
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 6)
	n, _ := b.Read(p)
	fmt.Printf("%d %q %q\n", n, p[:n], b.String())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	b.Reset()
	b.WriteByte('x')
	b.WriteRune('é')
	fmt.Println(b.Bytes(), b.Len())
	nb := bytes.NewBufferString("R29waGVycyBydWxlIQ==")
	next := nb.Next(4)
	fmt.Printf("%s %d\n", next, nb.Len())
	var dst bytes.Buffer
	m, _ := io.Copy(&dst, nb)
	fmt.Println(m, dst.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.String() == "")
}
