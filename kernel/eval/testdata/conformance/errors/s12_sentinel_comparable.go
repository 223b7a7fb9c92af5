package main

import (
	"errors"
	"fmt"
)

type Errno uintptr

func (e Errno) Error() string {
	switch e {
	case 2:
		return "no such file"
	case 13:
		return "permission denied"
	}
	return fmt.Sprintf("errno %d", uintptr(e))
}

func (e Errno) Is(t error) bool {
	return t == ErrAccess && (e == 13 || e == 1)
}

var ErrAccess = errors.New("access")

type constErr string

func (c constErr) Error() string { return string(c) }

const ErrEOF = constErr("EOF")

type PathErr struct {
	Path string
	Err  error
}

func (p *PathErr) Error() string { return p.Path + ": " + p.Err.Error() }
func (p *PathErr) Unwrap() error { return p.Err }

func open(p string) error {
	switch p {
	case "/etc/shadow":
		return &PathErr{p, Errno(13)}
	case "/nope":
		return &PathErr{p, Errno(2)}
	case "/empty":
		return fmt.Errorf("read %s: %w", p, ErrEOF)
	}
	return nil
}

func main() {
	for _, p := range []string{"/etc/shadow", "/nope", "/empty", "/ok"} {
		err := open(p)
		var en Errno
		fmt.Println(p, err, errors.Is(err, ErrAccess), errors.Is(err, Errno(2)), errors.Is(err, ErrEOF), errors.As(err, &en), en)
	}
	var e1 error = Errno(1)
	var e2 error = Errno(1)
	fmt.Println(e1 == e2, e1 == error(ErrEOF), errors.Is(e1, ErrAccess))
	m := map[error]string{Errno(2): "enoent", ErrEOF: "eof"}
	fmt.Println(m[Errno(2)], m[constErr("EOF")], len(m))
	fmt.Println(errors.Unwrap(open("/nope")) == Errno(2))
}
