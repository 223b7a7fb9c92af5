package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type src struct {
	data   string
	usedWT *bool
}

func (s *src) Read(p []byte) (int, error) { return 0, errors.New("Read should not be called") }
func (s *src) WriteTo(w io.Writer) (int64, error) {
	*s.usedWT = true
	n, err := io.WriteString(w, strings.ToUpper(s.data))
	return int64(n), err
}

type dst struct {
	sb    strings.Builder
	calls []string
}

func (d *dst) Write(p []byte) (int, error) { d.calls = append(d.calls, "Write"); return d.sb.Write(p) }
func (d *dst) WriteString(s string) (int, error) {
	d.calls = append(d.calls, "WriteString")
	return d.sb.WriteString(s)
}

type rf struct{ got string }

func (r *rf) Write(p []byte) (int, error) { return 0, errors.New("no") }
func (r *rf) ReadFrom(rd io.Reader) (int64, error) {
	b, err := io.ReadAll(rd)
	r.got = string(b)
	return int64(len(b)), err
}

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() []error { return m.errs }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*fmt.Stringer); ok {
		*p = strVal("filled by As")
		return true
	}
	return false
}

type strVal string

func (s strVal) String() string { return string(s) }

var ErrA = errors.New("A")

func main() {
	used := false
	d := &dst{}
	n, err := io.Copy(d, &src{"hello", &used})
	fmt.Println(n, err, used, d.sb.String(), d.calls)
	r := &rf{}
	n, err = io.Copy(r, strings.NewReader("from reader"))
	fmt.Println(n, err, r.got)
	d2 := &dst{}
	io.WriteString(d2, "x")
	fmt.Fprint(d2, "y")
	fmt.Println(d2.calls)
	m := multi{[]error{ErrA, io.EOF}}
	fmt.Println(errors.Is(m, io.EOF), errors.Is(fmt.Errorf("w: %w", m), ErrA), errors.Is(m, io.ErrClosedPipe))
	var s fmt.Stringer
	fmt.Println(errors.As(fmt.Errorf("x: %w", asErr{}), &s), s)
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "piped")
		pw.Close()
	}()
	b, _ = io.ReadAll(pr)
	fmt.Println(string(b))
}
