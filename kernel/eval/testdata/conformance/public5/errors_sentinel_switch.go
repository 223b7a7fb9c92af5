package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLong  = errors.New("input too long")
	ErrBadChar  = errors.New("bad character")
	errInternal = fmt.Errorf("internal: %w", io.ErrShortBuffer)
)

type PosError struct {
	Pos int
	Err error
}

func (e PosError) Error() string { return fmt.Sprintf("at %d: %v", e.Pos, e.Err) }
func (e PosError) Unwrap() error { return e.Err }

func check(s string) error {
	switch {
	case s == "":
		return ErrEmpty
	case len(s) > 8:
		return fmt.Errorf("%w (%d > 8)", ErrTooLong, len(s))
	case s == "internal":
		return errInternal
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		return PosError{i, ErrBadChar}
	}
	return nil
}

func classify(err error) string {
	switch {
	case err == nil:
		return "ok"
	case err == ErrEmpty:
		return "empty (identity)"
	case errors.Is(err, ErrTooLong):
		return "too long"
	case errors.Is(err, ErrBadChar):
		var pe PosError
		errors.As(err, &pe)
		return fmt.Sprintf("bad char at %d", pe.Pos)
	case errors.Is(err, io.ErrShortBuffer):
		return "short buffer"
	}
	return "unknown"
}

func main() {
	for _, s := range []string{"hello", "", "waytoolongword", "ab3d", "internal", "Zed"} {
		err := check(s)
		fmt.Printf("%-16q %-22s %v\n", s, classify(err), err)
	}
	err := check("")
	switch err {
	case ErrEmpty:
		fmt.Println("switch on value: empty")
	case ErrTooLong:
		fmt.Println("switch on value: too long")
	}
	switch e := check("a1").(type) {
	case PosError:
		fmt.Println("PosError", e.Pos, e.Err == ErrBadChar)
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("other", e)
	}
	fmt.Println(errors.New("x") == errors.New("x"), ErrEmpty == ErrEmpty)
}
