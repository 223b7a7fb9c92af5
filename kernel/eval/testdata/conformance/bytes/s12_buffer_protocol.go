package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Frame struct {
	Kind    byte
	Payload []byte
}

func (f Frame) WriteTo(w io.Writer) (int64, error) {
	var hdr [3]byte
	hdr[0] = f.Kind
	binary.BigEndian.PutUint16(hdr[1:], uint16(len(f.Payload)))
	n, err := w.Write(hdr[:])
	if err != nil {
		return int64(n), err
	}
	m, err := w.Write(f.Payload)
	return int64(n + m), err
}

var ErrShort = errors.New("short frame")

func ReadFrame(r *bytes.Buffer) (Frame, error) {
	if r.Len() < 3 {
		return Frame{}, ErrShort
	}
	kind, _ := r.ReadByte()
	var n uint16
	binary.Read(r, binary.BigEndian, &n)
	if r.Len() < int(n) {
		return Frame{}, fmt.Errorf("payload of %d bytes, %d left: %w", n, r.Len(), ErrShort)
	}
	return Frame{kind, bytes.Clone(r.Next(int(n)))}, nil
}

func main() {
	var buf bytes.Buffer
	frames := []Frame{{1, []byte("hello")}, {2, nil}, {3, bytes.Repeat([]byte{0xAB}, 4)}}
	for _, f := range frames {
		f.WriteTo(&buf)
	}
	fmt.Println(buf.Len(), buf.Bytes()[:8])
	for {
		f, err := ReadFrame(&buf)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrShort))
			break
		}
		fmt.Printf("%d %q\n", f.Kind, f.Payload)
	}
	buf.Write([]byte{9, 0, 10, 'x'})
	_, err := ReadFrame(&buf)
	fmt.Println(err)
	var b2 bytes.Buffer
	b2.Grow(64)
	b2.WriteString("line1\nline2\nrest")
	l, _ := b2.ReadString('\n')
	by, _ := b2.ReadBytes('\n')
	fmt.Printf("%q %q %q\n", l, by, b2.String())
	b2.Truncate(2)
	fmt.Println(b2.String(), b2.Cap() >= 64, b2.Available() >= 0)
	b2.UnreadByte()
	r, sz, _ := bytes.NewBufferString("é!").ReadRune()
	fmt.Println(string(r), sz)
	fmt.Println(bytes.NewBuffer(nil).String() == "", (*bytes.Buffer)(nil).String())
}
