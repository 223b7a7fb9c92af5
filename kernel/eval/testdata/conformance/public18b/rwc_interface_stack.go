package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Flusher interface{ Flush() error }

type WriteFlushCloser interface {
	io.WriteCloser
	Flusher
}

type memFile struct {
	name   string
	buf    bytes.Buffer
	closed bool
	log    *[]string
}

func (m *memFile) Write(p []byte) (int, error) {
	if m.closed {
		return 0, fmt.Errorf("%s: %w", m.name, io.ErrClosedPipe)
	}
	*m.log = append(*m.log, fmt.Sprintf("%s.write(%d)", m.name, len(p)))
	return m.buf.Write(p)
}

func (m *memFile) Close() error {
	if m.closed {
		return errors.New(m.name + ": already closed")
	}
	m.closed = true
	*m.log = append(*m.log, m.name+".close")
	return nil
}

type bufWriter struct {
	io.WriteCloser
	pending []byte
	limit   int
}

func (b *bufWriter) Write(p []byte) (int, error) {
	b.pending = append(b.pending, p...)
	if len(b.pending) >= b.limit {
		return len(p), b.Flush()
	}
	return len(p), nil
}

func (b *bufWriter) Flush() error {
	if len(b.pending) == 0 {
		return nil
	}
	_, err := b.WriteCloser.Write(b.pending)
	b.pending = b.pending[:0]
	return err
}

func (b *bufWriter) Close() error {
	return errors.Join(b.Flush(), b.WriteCloser.Close())
}

type upperWriter struct{ WriteFlushCloser }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.WriteFlushCloser.Write(bytes.ToUpper(p))
}

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

func main() {
	var log []string
	f := &memFile{name: "f", log: &log}
	var w WriteFlushCloser = upperWriter{&bufWriter{WriteCloser: f, limit: 8}}
	for _, s := range []string{"abc", "def", "ghi", "j"} {
		fmt.Fprint(w, s)
	}
	fmt.Println(log, f.buf.String())
	fmt.Println(w.Close(), log, f.buf.String())
	fmt.Println(w.Close())
	_, err := f.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, io.ErrClosedPipe))
	var wc io.WriteCloser = w
	_, isFlusher := wc.(Flusher)
	_, isStringer := wc.(fmt.Stringer)
	fmt.Println(isFlusher, isStringer)
	cr := &countingReader{Reader: strings.NewReader("some text to count")}
	data, _ := io.ReadAll(io.LimitReader(cr, 9))
	fmt.Println(string(data), cr.n >= 9)
	var r io.Reader = cr
	if _, ok := r.(io.WriterTo); !ok {
		fmt.Println("countingReader hides WriterTo")
	}
	if _, ok := cr.Reader.(io.WriterTo); ok {
		fmt.Println("inner strings.Reader is a WriterTo")
	}
	var sb strings.Builder
	n, _ := io.Copy(&sb, cr)
	fmt.Println(n, sb.String(), cr.n)
}
