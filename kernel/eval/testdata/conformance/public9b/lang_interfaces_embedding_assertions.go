package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type pipe struct {
	buf    []string
	closed bool
}

func (p *pipe) Read() string {
	if len(p.buf) == 0 {
		return ""
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s
}
func (p *pipe) Write(s string) int { p.buf = append(p.buf, s); return len(s) }
func (p *pipe) Close() error {
	if p.closed {
		return fmt.Errorf("already closed")
	}
	p.closed = true
	return nil
}

type roOnly struct{ s string }

func (r roOnly) Read() string { return r.s }

func describe(x any) string {
	var caps []string
	if _, ok := x.(Reader); ok {
		caps = append(caps, "R")
	}
	if _, ok := x.(Writer); ok {
		caps = append(caps, "W")
	}
	if _, ok := x.(Closer); ok {
		caps = append(caps, "C")
	}
	if _, ok := x.(ReadWriteCloser); ok {
		caps = append(caps, "RWC")
	}
	if _, ok := x.(io.Reader); ok {
		caps = append(caps, "io.Reader")
	}
	return fmt.Sprintf("%T:%s", x, strings.Join(caps, ","))
}

func main() {
	p := &pipe{}
	var rwc ReadWriteCloser = p
	rwc.Write("a")
	rwc.Write("bc")
	var r Reader = rwc
	fmt.Println(r.Read(), rwc.Read(), rwc.Read() == "")
	fmt.Println(rwc.Close(), rwc.Close())
	for _, x := range []any{p, roOnly{"x"}, *p, strings.NewReader("s"), nil, 42} {
		fmt.Println(describe(x))
	}
	var rw ReadWriter = p
	w := Writer(rw)
	fmt.Println(w.Write("xyz"), rw.Read())
	c, ok := w.(Closer)
	fmt.Println(ok, c.Close())
	var nilR Reader
	_, ok = nilR.(Writer)
	fmt.Println(ok)
	fmt.Println(rwc == ReadWriteCloser(p), r == Reader(roOnly{"x"}), Reader(roOnly{"x"}) == Reader(roOnly{"x"}))
}
