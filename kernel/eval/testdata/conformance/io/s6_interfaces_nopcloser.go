package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	n     int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type stringsOnly struct{ sb strings.Builder }

func (s *stringsOnly) Write(p []byte) (int, error) { return s.sb.Write(p) }
func (s *stringsOnly) WriteString(x string) (int, error) {
	fmt.Print("[WS]")
	return s.sb.WriteString(x)
}

func main() {
	cw := &countingWriter{}
	fmt.Fprintf(cw, "%s %d", "abc", 12345)
	io.WriteString(cw, "more")
	fmt.Println(cw.n, cw.calls)
	so := &stringsOnly{}
	io.WriteString(so, "direct")
	fmt.Println(so.sb.String())
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
	var r io.Reader = bytes.NewBufferString("buffer")
	_, ok := r.(io.ByteScanner)
	_, ok2 := r.(io.Seeker)
	fmt.Println(ok, ok2)
	rs := strings.NewReader("seekable")
	rs.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(rs)
	fmt.Println(string(rest), rs.Len(), rs.Size())
	n, err := io.Copy(cw, strings.NewReader("via WriterTo"))
	fmt.Println(n, err, cw.n)
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrClosedPipe, io.ErrNoProgress)
}
