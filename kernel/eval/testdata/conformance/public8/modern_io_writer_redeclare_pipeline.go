package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

func newGzip(w io.Writer) (*gzip.Writer, error) {
	return gzip.NewWriterLevel(w, gzip.BestCompression)
}

func main() {
	var raw bytes.Buffer
	cw := &countingWriter{w: &raw}
	var w io.Writer = cw
	w, err := newGzip(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	text := strings.Repeat("the quick brown fox jumps over the lazy dog\n", 50)
	n, err := io.WriteString(w, text)
	fmt.Println(n, err)
	if c, ok := w.(io.Closer); ok {
		fmt.Println("close:", c.Close())
	}
	fmt.Println(cw.n == raw.Len(), raw.Len() < len(text))

	var r io.Reader = &raw
	r, err = gzip.NewReader(r)
	fmt.Println(err)
	sc := bufio.NewScanner(r)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines", lines)
	w = io.Discard
	fmt.Fprintf(w, "ignored %d", 1)
	fmt.Printf("%T\n", w)
}
