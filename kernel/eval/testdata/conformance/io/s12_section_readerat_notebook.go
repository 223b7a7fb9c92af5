package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Pattern is an endless ReaderAt of a repeating pattern, cut at Size.
type Pattern struct {
	Unit string
	Size int64
}

func (p Pattern) ReadAt(b []byte, off int64) (int, error) {
	if off >= p.Size {
		return 0, io.EOF
	}
	n := 0
	for n < len(b) && off+int64(n) < p.Size {
		b[n] = p.Unit[(off+int64(n))%int64(len(p.Unit))]
		n++
	}
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

type tally struct {
	writes int
	bytes  int
}

func (t *tally) Write(p []byte) (int, error) {
	t.writes++
	t.bytes += len(p)
	return len(p), nil
}

func (t *tally) WriteString(s string) (int, error) {
	t.writes += 100
	t.bytes += len(s)
	return len(s), nil
}

func main() {
	p := Pattern{"abc", 20}
	sr := io.NewSectionReader(p, 4, 10)
	b, err := io.ReadAll(sr)
	fmt.Printf("%q %v %d\n", b, err, sr.Size())
	buf := make([]byte, 4)
	n, err := sr.ReadAt(buf, 8)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	pos, _ := sr.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, string(rest))
	outer, off, size := sr.Outer()
	fmt.Println(outer.(Pattern).Unit, off, size)
	t := &tally{}
	w := io.MultiWriter(t, io.Discard)
	io.WriteString(w, "via multiwriter")
	io.WriteString(t, "direct")
	fmt.Fprintf(t, "fmt %d", 1)
	fmt.Println(t.writes, t.bytes)
	var sb strings.Builder
	io.Copy(&sb, io.NewSectionReader(p, 18, 100))
	fmt.Printf("%q\n", sb.String())
	n64, err := io.CopyBuffer(io.Discard, io.LimitReader(io.NewSectionReader(p, 0, 20), 7), make([]byte, 2))
	fmt.Println(n64, err)
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")))
}
