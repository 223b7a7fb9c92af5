package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }

type buffer struct {
	data   []string
	closed bool
}

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *buffer) Close() error {
	if b.closed {
		return errors.New("already closed")
	}
	b.closed = true
	return nil
}

type readOnly struct{ Reader }

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return strings.Contains(e.msg, "timeout") }

func classify(err error) string {
	var t Temporary
	if errors.As(err, &t) {
		return fmt.Sprintf("temporary=%v (%s)", t.Temporary(), t.Error())
	}
	return "permanent: " + err.Error()
}

func main() {
	b := &buffer{}
	var rw ReadWriter = b
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("three"))
	c, ok := r.(Closer)
	fmt.Println(ok, c.Close(), c.Close())
	ro := readOnly{b}
	var r2 Reader = ro
	_, isWriter := r2.(Writer)
	fmt.Println(r2.Read(), isWriter)
	_, isRW := any(b).(ReadWriter)
	_, isIO := any(b).(io.Reader)
	fmt.Println(isRW, isIO)
	for _, e := range []error{
		netErr{"dial timeout"},
		fmt.Errorf("fetch: %w", netErr{"connection reset"}),
		errors.New("disk full"),
		fmt.Errorf("wrapped twice: %w", fmt.Errorf("once: %w", netErr{"read timeout"})),
	} {
		fmt.Println(classify(e))
	}
	var rws []ReadWriter = []ReadWriter{b, &buffer{data: []string{"x"}}}
	for i, x := range rws {
		fmt.Println(i, x.Read(), x.(Closer) != nil)
	}
	switch v := any(ro).(type) {
	case ReadWriter:
		fmt.Println("rw", v)
	case Reader:
		fmt.Println("reader only:", v.Read() == "")
	}
}
