package main

import (
	"errors"
	"fmt"
	"strings"
)

type BaseError struct {
	Op  string
	Err error
}

func (b *BaseError) Error() string { return b.Op + ": " + b.Err.Error() }
func (b *BaseError) Unwrap() error { return b.Err }

type NotFoundError struct {
	*BaseError
	Key string
}

type TimeoutError struct {
	*BaseError
	Seconds int
}

func (t TimeoutError) Timeout() bool { return true }

var ErrIO = errors.New("i/o failure")

func lookup(key string) error {
	switch {
	case strings.HasPrefix(key, "slow"):
		return TimeoutError{&BaseError{"lookup " + key, ErrIO}, 30}
	case key == "":
		return &BaseError{"lookup", errors.New("empty key")}
	case key != "ok":
		return NotFoundError{&BaseError{"lookup " + key, fmt.Errorf("no entry")}, key}
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "slow-db", ""} {
		err := lookup(k)
		if err == nil {
			fmt.Println(k, "-> found")
			continue
		}
		var nf NotFoundError
		var te interface{ Timeout() bool }
		var be *BaseError
		fmt.Printf("%-8q -> %v | notfound=%v timeout=%v base=%v io=%v\n", k, err,
			errors.As(err, &nf), errors.As(err, &te) && te.Timeout(), errors.As(err, &be), errors.Is(err, ErrIO))
		wrapped := fmt.Errorf("request failed: %w", err)
		fmt.Println("   ", wrapped, errors.Is(wrapped, ErrIO), errors.Unwrap(wrapped) == err)
	}
	nf := NotFoundError{&BaseError{"get", ErrIO}, "k"}
	fmt.Println(nf, nf.Op, nf.Key, []error{nf, TimeoutError{&BaseError{"t", ErrIO}, 1}})
	fmt.Printf("%v %s %q\n", nf, nf, nf)
}
