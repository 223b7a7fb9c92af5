package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return "code " + strconv.Itoa(int(c)) }
func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t == 0 || t == c)
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

func find(k string) error {
	if k == "" {
		return &QueryError{k, ErrNotFound}
	}
	if k == "root" {
		return fmt.Errorf("find %q: %w", k, &QueryError{k, ErrPerm})
	}
	return nil
}

func main() {
	e1 := find("")
	e2 := find("root")
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound), errors.Is(e2, ErrPerm))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(e2) == error(qe), errors.Unwrap(errors.Unwrap(e2)) == ErrPerm)
	j := errors.Join(e1, nil, CodeErr(7), io.EOF)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, CodeErr(0)), errors.Is(j, CodeErr(8)), errors.Is(j, CodeErr(7)))
	var ce CodeErr
	fmt.Println(errors.As(j, &ce), ce)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("two: %w and %w", ErrNotFound, ErrPerm)
	fmt.Println(w, errors.Is(w, ErrPerm), errors.Unwrap(w) == nil)
	m := Multi{[]error{CodeErr(1), fmt.Errorf("wrapped: %w", os.ErrNotExist)}}
	fmt.Println(errors.Is(m, fs.ErrNotExist), errors.Is(m, CodeErr(1)), errors.Is(m, CodeErr(2)))
	_, err := os.Open("/definitely/not/here")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	fmt.Printf("%v|%+v|%T\n", e1, e1, e1)
	nested := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", fmt.Errorf("l3: %w", CodeErr(3))))
	for e := error(nested); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(fmt.Errorf("no wrap: %v", ErrPerm).Error(), errors.Unwrap(fmt.Errorf("x %v", ErrPerm)))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(e2, &target), target != nil)
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrPerm, nil))
}
