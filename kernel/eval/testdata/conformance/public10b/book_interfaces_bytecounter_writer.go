package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), nil
}

type LineCounter int

func (c *LineCounter) Write(p []byte) (int, error) {
	*c += LineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
}

type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func LimitReader(r io.Reader, n int64) io.Reader { return &limitedReader{r, n} }

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)
	var wc WordCounter
	var lc LineCounter
	text := "the quick brown\nfox jumps over\nthe lazy dog\n"
	mw := io.MultiWriter(&wc, &lc)
	fmt.Fprint(mw, text)
	fmt.Println(wc, lc)
	var sb strings.Builder
	w, n := CountingWriter(&sb)
	fmt.Fprintf(w, "%d-%s", 42, "abc")
	io.WriteString(w, "!!")
	fmt.Println(*n, sb.String())
	b, _ := io.ReadAll(LimitReader(strings.NewReader(text), 9))
	fmt.Printf("%q\n", b)
	var _ io.Writer = (*ByteCounter)(nil)
	var any io.Writer = &wc
	_, isStringer := any.(fmt.Stringer)
	fmt.Println(isStringer)
}
