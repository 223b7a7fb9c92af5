package main

import (
	"bufio"
	"fmt"
	"io"
	"reflect"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type countW struct{ n int }

func (c *countW) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
func (c *countW) String() string              { return fmt.Sprint(c.n, " bytes") }

type rot struct{ s string }

func (r *rot) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}
func (r *rot) Close() error { fmt.Println("closed"); return nil }

func main() {
	var r io.Reader = upper{strings.NewReader("hello, world")}
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err, reflect.TypeOf(r))
	_, isW := r.(io.Writer)
	_, isC := r.(io.Closer)
	fmt.Println(isW, isC)
	u, ok := r.(upper)
	fmt.Println(ok, u.r != nil)

	cw := &countW{}
	var w io.Writer = cw
	n, _ := io.Copy(w, upper{strings.NewReader("abc")})
	fmt.Fprintf(w, "%d", 12345)
	fmt.Println(n, cw.n, w)
	s, ok := w.(fmt.Stringer)
	fmt.Println(ok, s)

	var rc io.ReadCloser = &rot{"line1\nline2\n"}
	sc := bufio.NewScanner(rc)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	rc.Close()
	var rr io.Reader = rc
	c2, ok := rr.(io.Closer)
	fmt.Println(ok, c2 == rc, rr == io.Reader(rc))
	fmt.Printf("%T %T\n", rr, c2)
}
