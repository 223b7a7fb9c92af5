package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	r.UnreadByte()
	pos, _ := r.Seek(4, io.SeekStart)
	fmt.Println("pos", pos)
	buf := make([]byte, 3)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf))
	pos, _ = r.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(pos, string(rest))
	n2, _ := r.ReadAt(buf, 1)
	fmt.Println(n2, string(buf))
	_, err := r.Read(buf)
	fmt.Println(err == io.EOF)
	r.Reset("héllo")
	ch, size, _ := r.ReadRune()
	ch2, size2, _ := r.ReadRune()
	fmt.Println(string(ch), size, string(ch2), size2)
}
