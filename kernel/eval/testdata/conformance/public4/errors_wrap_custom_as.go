package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr interface{ Temporary() bool }

type netErr struct{ code int }

func (n netErr) Error() string   { return fmt.Sprintf("net error %d", n.code) }
func (n netErr) Temporary() bool { return n.code >= 500 }

func find(q string) error {
	if q == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", q, netErr{503})
}

func main() {
	e1 := find("")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound))
	var qe *QueryError
	if errors.As(e1, &qe) {
		fmt.Println("query was", qe.Query)
	}
	e2 := find("x")
	fmt.Println(e2)
	var te TempErr
	fmt.Println(errors.As(e2, &te), te.Temporary())
	var ne netErr
	fmt.Println(errors.As(e2, &ne), ne.code)
	j := errors.Join(e1, e2, nil)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.As(j, &ne))
	fmt.Println(errors.Unwrap(e2) == netErr{503})
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, netErr{404})
	fmt.Println(multi, errors.As(multi, &ne), ne.code)
	fmt.Printf("%T %T\n", e1, e2)
}
