package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = fmt.Errorf("permission: %w", fs.ErrPermission)
)

type OpError struct {
	Op   string
	Path string
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type retryable interface{ Retry() bool }

type TempErr struct{ attempts int }

func (t TempErr) Error() string { return "temporary failure after " + strconv.Itoa(t.attempts) }
func (t TempErr) Retry() bool   { return t.attempts < 3 }

func lookup(key string) error {
	switch key {
	case "missing":
		return &OpError{"get", key, ErrNotFound}
	case "secret":
		return &OpError{"get", key, ErrPermission}
	case "flaky":
		return fmt.Errorf("lookup %s: %w", key, TempErr{2})
	case "eof":
		return fmt.Errorf("read: %w", io.ErrUnexpectedEOF)
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky", "eof"} {
		err := lookup(k)
		var op *OpError
		var r retryable
		fmt.Printf("%-7s err=%v\n", k, err)
		fmt.Printf("        notfound=%v perm=%v fsperm=%v op=%v retry=%v\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), errors.Is(err, os.ErrPermission),
			errors.As(err, &op), errors.As(err, &r) && r.Retry())
	}
	err := lookup("missing")
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	var pathErr *fs.PathError
	_, err = os.ReadFile("/nonexistent/dir/file")
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, errors.Is(err, fs.ErrNotExist))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), errors.Unwrap(nil))
	type myErr struct{ error }
	me := myErr{ErrNotFound}
	fmt.Println(me, errors.Is(me, ErrNotFound))
}
