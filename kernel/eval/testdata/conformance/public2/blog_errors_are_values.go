package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) write(buf []byte) {
	if ew.err != nil {
		return
	}
	_, ew.err = ew.w.Write(buf)
}

type limited struct {
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if l.n < len(p) {
		return 0, errors.New("disk full")
	}
	l.n -= len(p)
	return len(p), nil
}

type Reader struct {
	r   io.Reader
	err error
}

func (r *Reader) u16() uint16 {
	if r.err != nil {
		return 0
	}
	var v uint16
	r.err = binary.Read(r.r, binary.BigEndian, &v)
	return v
}

func main() {
	var b bytes.Buffer
	ew := &errWriter{w: &b}
	ew.write([]byte("a"))
	ew.write([]byte("b"))
	fmt.Println(b.String(), ew.err)
	ew2 := &errWriter{w: &limited{n: 3}}
	ew2.write([]byte("ab"))
	ew2.write([]byte("cd"))
	ew2.write([]byte("e"))
	fmt.Println(ew2.err)
	r := &Reader{r: bytes.NewReader([]byte{0, 1, 0, 2, 9})}
	x, y, z := r.u16(), r.u16(), r.u16()
	fmt.Println(x, y, z, r.err, errors.Is(r.err, io.ErrUnexpectedEOF))
}
