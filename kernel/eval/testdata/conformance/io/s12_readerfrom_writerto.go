package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Ring struct {
	data []byte
	pos  int
}

func (r *Ring) Write(p []byte) (int, error) {
	for _, b := range p {
		r.data[r.pos%len(r.data)] = b
		r.pos++
	}
	return len(p), nil
}

func (r *Ring) ReadFrom(src io.Reader) (int64, error) {
	var total int64
	buf := make([]byte, 3)
	for {
		n, err := src.Read(buf)
		r.Write(buf[:n])
		total += int64(n)
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func (r *Ring) String() string {
	if r.pos < len(r.data) {
		return string(r.data[:r.pos])
	}
	i := r.pos % len(r.data)
	return string(r.data[i:]) + string(r.data[:i])
}

type Lines []string

// Read is never called: io.Copy uses WriteTo.
func (l Lines) Read(p []byte) (int, error) { panic("Read called") }

func (l Lines) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for i, s := range l {
		k, err := fmt.Fprintf(w, "%d:%s\n", i+1, s)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

type failAfter struct {
	n   int
	err error
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, f.err
	}
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, f.err
	}
	f.n -= len(p)
	return len(p), nil
}

var ErrFull = errors.New("disk full")

func main() {
	r := &Ring{data: make([]byte, 8)}
	n, err := io.Copy(r, strings.NewReader("the quick brown fox"))
	fmt.Println(n, err, r)
	var sb strings.Builder
	n, err = io.Copy(&sb, Lines{"alpha", "beta"})
	fmt.Println(n, err)
	fmt.Print(sb.String())
	n, err = io.Copy(&failAfter{5, ErrFull}, Lines{"alpha", "beta"})
	fmt.Println(n, err, errors.Is(err, ErrFull))
	n, err = io.Copy(&failAfter{100, ErrFull}, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(n, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ := io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	pr, pw := io.Pipe()
	go func() {
		Lines{"x", "y"}.WriteTo(pw)
		pw.CloseWithError(ErrFull)
	}()
	got, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", got, err)
	ow := io.NewOffsetWriter(&fileLike{make([]byte, 6)}, 2)
	ow.Write([]byte("ab"))
	ow.WriteAt([]byte("Z"), 3)
}

type fileLike struct{ b []byte }

func (f *fileLike) WriteAt(p []byte, off int64) (int, error) {
	n := copy(f.b[off:], p)
	fmt.Printf("WriteAt %q at %d -> %q\n", p, off, f.b)
	return n, nil
}
