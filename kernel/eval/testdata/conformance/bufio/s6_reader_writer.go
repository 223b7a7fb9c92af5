package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond: part\nthird"), 16)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.Peek(6)
	fmt.Printf("%q %d\n", b, r.Buffered())
	tok, _ := r.ReadSlice(':')
	fmt.Printf("%q\n", tok)
	c, _ := r.ReadByte()
	r.UnreadByte()
	ru, sz, _ := r.ReadRune()
	fmt.Println(c, ru, sz)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)

	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprintf(w, "%05d", 42)
	fmt.Println(buf.Len(), w.Buffered(), w.Available())
	w.WriteString("-more text")
	w.WriteRune('é')
	w.WriteByte('!')
	fmt.Println(buf.Len() > 0, w.Buffered())
	w.Flush()
	fmt.Println(buf.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&buf))
	s, _ := rw.ReadString(0)
	rw.WriteString("+" + s)
	rw.Flush()
	fmt.Println(buf.String())
}
