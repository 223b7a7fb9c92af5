package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Upper struct{ w io.Writer }

func (u Upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }
func (u Upper) String() string              { return "upper" }

type Logger struct {
	io.Writer
	prefix string
}

type Counter struct {
	n int
}

func (c *Counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
func (c *Counter) Error() string               { return fmt.Sprintf("count %d", c.n) }

func main() {
	var buf bytes.Buffer
	l := Logger{Upper{&buf}, "> "}
	fmt.Fprintf(l, "%shello %d\n", l.prefix, 1)
	fmt.Fprint(l.Writer, "direct\n")
	fmt.Print(buf.String())
	c := &Counter{}
	ws := []io.Writer{c, Upper{&buf}}
	for _, w := range ws {
		fmt.Fprintf(w, "abc")
	}
	fmt.Println(c.n, buf.String())
	fmt.Println(ws[0], ws[1])
	mw := io.MultiWriter(ws...)
	fmt.Fprint(mw, "xyz")
	fmt.Println(c, buf.Len())
	lw := Logger{Writer: c}
	fmt.Fprintln(lw, "12")
	fmt.Println(lw.Writer, c.n)
	fmt.Printf("%T %T\n", ws, lw)
}
