package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo wörld")
	fmt.Println(r.Len(), r.Size())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Printf("%c %d\n", b, r.Len())
	pos, _ := r.Seek(-5, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(pos, string(rest))
	_, err = r.Seek(-100, io.SeekStart)
	fmt.Println(err)
	r.Reset("new data")
	buf := make([]byte, 3)
	n, _ := r.ReadAt(buf, 4)
	fmt.Println(n, string(buf))
	var sb strings.Builder
	r.WriteTo(&sb)
	fmt.Println(sb.String())
	br := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	br = bufio.NewReaderSize(strings.NewReader("peekaboo"), 16)
	pk, _ := br.Peek(4)
	fmt.Println(string(pk), br.Buffered())
	br.Discard(2)
	rr, _, _ := br.ReadRune()
	fmt.Println(string(rr))
	bb := bytes.NewReader([]byte{1, 2, 3, 4})
	var x [2]byte
	io.ReadFull(bb, x[:])
	fmt.Println(x, bb.Len())
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 4)
	w.WriteString("ab")
	fmt.Println(out.Len(), w.Buffered(), w.Available())
	w.WriteString("cdef")
	fmt.Println(out.Len(), w.Buffered())
	w.Flush()
	fmt.Println(out.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&out))
	s, _ := rw.ReadString(0)
	rw.WriteString("+" + s)
	rw.Flush()
	fmt.Println(out.String())
}
