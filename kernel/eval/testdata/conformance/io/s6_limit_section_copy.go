package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 5, 6)
	fmt.Println(sr.Size())
	buf := make([]byte, 3)
	n, err := sr.ReadAt(buf, 2)
	fmt.Println(n, err, string(buf))
	n, err = sr.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf[:n]))
	pos, _ := sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, string(rest))
	var dst bytes.Buffer
	w, err := io.Copy(&dst, &slowReader{s: "slow copy"})
	fmt.Println(w, err, dst.String())
	dst.Reset()
	w, err = io.CopyN(&dst, strings.NewReader("abcdef"), 4)
	fmt.Println(w, err, dst.String())
	w, err = io.CopyN(&dst, strings.NewReader("ab"), 4)
	fmt.Println(w, err)
	w, err = io.CopyBuffer(&dst, &slowReader{s: "xyz"}, make([]byte, 2))
	fmt.Println(w, err, dst.String())
	full := make([]byte, 8)
	n, err = io.ReadFull(strings.NewReader("short"), full)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadAtLeast(&slowReader{s: "abcdef"}, full, 3)
	fmt.Println(n, err, string(full[:n]))
	_, err = io.ReadAtLeast(strings.NewReader("x"), make([]byte, 1), 2)
	fmt.Println(err)
	ow := io.NewOffsetWriter(&fakeWA{b: make([]byte, 10)}, 2)
	ow.Write([]byte("hi"))
	fmt.Println(ow.Seek(0, io.SeekCurrent))
}

type fakeWA struct{ b []byte }

func (f *fakeWA) WriteAt(p []byte, off int64) (int, error) {
	copy(f.b[off:], p)
	fmt.Printf("WriteAt %q at %d\n", p, off)
	return len(p), nil
}
