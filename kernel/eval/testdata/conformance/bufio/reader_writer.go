package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nlast"))
	peek, _ := r.Peek(5)
	fmt.Printf("%q\n", peek)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", b, isPrefix, err)
	c, _ := r.ReadByte()
	fmt.Println(string(c))
	r.UnreadByte()
	rn, size, _ := r.ReadRune()
	fmt.Println(string(rn), size, r.Buffered())
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	fmt.Fprint(w, "Hello, ")
	fmt.Println(sb.Len(), w.Buffered(), w.Available())
	fmt.Fprint(w, "world!")
	w.Flush()
	fmt.Println(sb.String(), w.Buffered())
	w.WriteString(strings.Repeat("z", 20))
	fmt.Println(sb.Len())
	w.Flush()
	fmt.Println(sb.Len())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), w)
	s, _ := rw.ReadString(0)
	fmt.Println(s)
}
