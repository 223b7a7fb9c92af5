package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type netErr struct {
	op   string
	temp bool
	err  error
}

func (e *netErr) Error() string   { return e.op + ": " + e.err.Error() }
func (e *netErr) Unwrap() error   { return e.err }
func (e *netErr) Temporary() bool { return e.temp }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

var ErrBase = errors.New("base")

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return NotFound{k}
	case "c":
		return &netErr{"dial", true, fmt.Errorf("wrapped %w", io.ErrUnexpectedEOF)}
	case "d":
		return errors.Join(codeErr(404), &netErr{"read", false, ErrBase})
	case "e":
		return fmt.Errorf("multi: %w and %w", NotFound{"x"}, codeErr(500))
	}
	_, err := os.Open("/nonexistent-dir-public9a/file")
	return err
}

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		err := lookup(k)
		var nf NotFound
		var ne *netErr
		var tmp Temporary
		var pe *fs.PathError
		fmt.Printf("%s: %v\n", k, err)
		fmt.Println("  nf:", errors.As(err, &nf), nf.Key,
			"ne:", errors.As(err, &ne),
			"tmp:", errors.As(err, &tmp) && tmp.Temporary(),
			"eof:", errors.Is(err, io.ErrUnexpectedEOF),
			"base:", errors.Is(err, ErrBase),
			"any code:", errors.Is(err, codeErr(0)),
			"404:", errors.Is(err, codeErr(404)),
			"path:", errors.As(err, &pe),
			"notexist:", errors.Is(err, fs.ErrNotExist))
		if pe != nil {
			fmt.Println("  op", pe.Op, "path", pe.Path)
		}
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil), errors.Unwrap(errors.Join(e1)) == nil)
	j := errors.Join(nil, nil)
	fmt.Println(j == nil)
	var target interface{ Error() string }
	fmt.Println(errors.As(lookup("b"), &target), target)
}
