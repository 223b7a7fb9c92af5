package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger interface {
	Log(string) string
}

type Base struct{ prefix string }

func (b Base) Log(s string) string { return b.prefix + s }
func (b Base) Name() string        { return "base" }

type Loud struct {
	Base
}

func (l Loud) Log(s string) string { return strings.ToUpper(l.Base.Log(s)) + "!" }

type upperReader struct {
	io.Reader
}

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type Named interface {
	Logger
	Name() string
}

func main() {
	var l Logger = Base{"> "}
	fmt.Println(l.Log("hi"))
	l = Loud{Base{"> "}}
	fmt.Println(l.Log("hi"))
	var n Named = Loud{Base{"# "}}
	fmt.Println(n.Name(), n.Log("x"))
	b, _ := io.ReadAll(upperReader{strings.NewReader("quiet words")})
	fmt.Println(string(b))
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "%d-%s", 42, "abc")
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)
	var w io.Writer = cw
	_, isStringer := w.(fmt.Stringer)
	_, isRW := w.(io.ReadWriter)
	fmt.Println(isStringer, isRW)
}
