package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type logWriter struct {
	buf   bytes.Buffer
	calls []string
}

func (l *logWriter) Write(p []byte) (int, error) {
	l.calls = append(l.calls, fmt.Sprintf("Write(%d)", len(p)))
	return l.buf.Write(p)
}

type lineCounter struct{ lines int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type wrapped struct{ lineCounter }

func main() {
	lw := &logWriter{}
	io.Copy(lw, strings.NewReader("some data to copy"))
	fmt.Fprintf(lw, "x=%d", 1)
	io.WriteString(lw, "plain")
	fmt.Println(lw.calls, lw.buf.String())
	w := &wrapped{}
	for i := 0; i < 3; i++ {
		fmt.Fprintln(w, "line", i)
	}
	var iw io.Writer = w
	io.WriteString(iw, "a\nb\n")
	fmt.Println(w.lines)
	mw := io.MultiWriter(lw, w)
	fmt.Fprint(mw, "multi\n")
	fmt.Println(w.lines, len(lw.calls))
}
