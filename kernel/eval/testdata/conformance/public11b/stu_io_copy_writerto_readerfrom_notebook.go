package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type gen struct{ n int }

func (g *gen) Read(p []byte) (int, error) {
	if g.n == 0 {
		return 0, io.EOF
	}
	g.n--
	return copy(p, "r"), nil
}

func (g *gen) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("[WriteTo called]")
	n, err := io.WriteString(w, strings.Repeat("w", g.n))
	g.n = 0
	return int64(n), err
}

type sink struct{ buf bytes.Buffer }

func (s *sink) Write(p []byte) (int, error) { return s.buf.Write(p) }
func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("[ReadFrom called]")
	return s.buf.ReadFrom(r)
}

type plainW struct{ n int }

func (p *plainW) Write(b []byte) (int, error) { p.n += len(b); return len(b), nil }

type runeSrc struct{ s []rune }

func (r *runeSrc) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, string(r.s[0]))
	r.s = r.s[1:]
	return n, nil
}

func (r *runeSrc) ReadRune() (rune, int, error) {
	if len(r.s) == 0 {
		return 0, 0, io.EOF
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c, len(string(c)), nil
}

func main() {
	var out strings.Builder
	n, err := io.Copy(&out, &gen{3})
	fmt.Println(n, err, out.String())
	s := &sink{}
	n, err = io.Copy(s, strings.NewReader("abc"))
	fmt.Println(n, err, s.buf.String())
	pw := &plainW{}
	n, err = io.Copy(pw, &gen{4})
	fmt.Println(n, err, pw.n)
	n, err = io.Copy(io.MultiWriter(pw), io.LimitReader(&gen{5}, 2))
	fmt.Println(n, err, pw.n)
	var x int
	var word string
	k, err := fmt.Fscan(&runeSrc{[]rune("42 héllo")}, &x, &word)
	fmt.Println(k, err, x, word)
	br := bufio.NewReader(&gen{2})
	b, _ := io.ReadAll(br)
	fmt.Println(string(b))
	var _ io.WriterTo = (*gen)(nil)
	var any1 any = &gen{1}
	_, isWT := any1.(io.WriterTo)
	_, isRF := any1.(io.ReaderFrom)
	fmt.Println(isWT, isRF)
}
