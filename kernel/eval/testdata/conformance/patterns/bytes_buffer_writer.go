package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingWriter struct {
	n     int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "hello %s\n", "world")
	buf.WriteString("second line\n")
	buf.WriteByte('!')
	fmt.Print(buf.String())
	fmt.Println()
	var out strings.Builder
	w := upperWriter{&out}
	fmt.Fprintln(w, "shout", 3)
	io.WriteString(w, "quiet")
	fmt.Println(out.String())
	cw := &countingWriter{}
	mw := io.MultiWriter(cw, &buf)
	io.Copy(mw, strings.NewReader("a\nb\nc\n"))
	fmt.Println(cw.n, cw.lines, buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q\n", rest)
	var w2 io.Writer = cw
	if c, ok := w2.(*countingWriter); ok {
		fmt.Println("counting", c.n)
	}
}
