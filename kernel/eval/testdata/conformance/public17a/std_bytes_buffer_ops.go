package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world %d!", 2024)
	b.WriteByte('\n')
	b.WriteRune('é')
	fmt.Println(b.Len(), b.String())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	b.Truncate(0)
	b.WriteString("a,b,c")
	tok, _ := b.ReadBytes(',')
	fmt.Println(string(tok), b.String(), b.Cap() >= 5)
	nb := bytes.NewBufferString("next")
	p := make([]byte, 2)
	nb.Read(p)
	fmt.Println(string(p), string(nb.Next(1)), nb.String())
	b.Reset()
	b.ReadFrom(bytes.NewReader([]byte("from reader\n")))
	b.WriteTo(os.Stdout)
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	fmt.Println(bytes.Fields([]byte(" x y ")), bytes.Title([]byte("hi")) != nil, bytes.Count([]byte("cheese"), []byte("e")))
}
