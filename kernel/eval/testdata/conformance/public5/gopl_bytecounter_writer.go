package main

import (
	"bufio"
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
	sc := bufio.NewScanner(strings.NewReader(string(p)))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), nil
}

type LineCounter struct{ n int }

func (c *LineCounter) Write(p []byte) (int, error) {
	c.n += strings.Count(string(p), "\n")
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

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	fmt.Fprintf(&wc, "the quick brown fox\njumps over  the lazy dog")
	fmt.Println("words:", wc)

	lc := &LineCounter{}
	var w io.Writer = lc
	fmt.Fprintln(w, "one")
	fmt.Fprintln(w, "two")
	io.WriteString(w, "three\nfour")
	fmt.Println("lines:", lc.n)

	var sb strings.Builder
	cw, n := CountingWriter(&sb)
	fmt.Fprintf(cw, "%d-%s;", 42, "x")
	fmt.Fprint(cw, 3.5, true)
	fmt.Println(*n, sb.String())

	mw := io.MultiWriter(&c, &wc, lc)
	fmt.Fprintf(mw, "a b c\nd e\n")
	fmt.Println(c, wc, lc.n)
	fmt.Printf("%T %T %T\n", &c, cw, w)
}
