package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	*Logger
	Extra int
}

// Describe shadows Base.Describe, but Base.Hello still calls Base.Describe.
func (d Derived) Describe() string { return fmt.Sprintf("derived %s (%d)", d.Name, d.Extra) }

type Describer interface{ Describe() string }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

type pipe struct {
	*strings.Reader
	*strings.Builder
}

func main() {
	d := Derived{Base{"x"}, &Logger{prefix: "> "}, 7}
	fmt.Println(d.Describe(), "|", d.Hello(), "|", d.Base.Describe())
	d.Log("name=%s extra=%d", d.Name, d.Extra)
	d.Logger.Log("direct")
	fmt.Println(d.lines, len(d.Logger.lines))
	var ds []Describer = []Describer{d, d.Base, &d}
	for _, x := range ds {
		fmt.Printf("%T: %s\n", x, x.Describe())
	}
	var sb strings.Builder
	cw := &countingWriter{Writer: upperWriter{&sb}}
	fmt.Fprintf(cw, "hello %s, ", "world")
	io.WriteString(cw, "bye")
	fmt.Println(sb.String(), cw.n)
	p := pipe{strings.NewReader("input data"), &strings.Builder{}}
	var rw ReadWriter = p
	buf := make([]byte, 5)
	n, _ := rw.Read(buf)
	rw.Write(buf[:n])
	rw.Write([]byte("!"))
	fmt.Println(p.String(), p.Builder.Len(), p.Reader.Len())
	// copying a struct copies the embedded pointer, not the logger
	d2 := d
	d2.Log("from copy")
	d2.Name = "y"
	fmt.Println(len(d.lines), d.Name, d2.Describe())
}
