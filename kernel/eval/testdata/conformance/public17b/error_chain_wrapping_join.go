package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return fmt.Sprintf("query %q: %v", e.Query, e.Err) }
func (e *QueryError) Unwrap() error { return e.Err }

type RetryableError struct{ Attempts int }

func (e RetryableError) Error() string { return fmt.Sprintf("retryable after %d attempts", e.Attempts) }
func (e RetryableError) Is(target error) bool {
	t, ok := target.(RetryableError)
	return ok && (t.Attempts == 0 || t.Attempts == e.Attempts)
}

type multiErr []error

func (m multiErr) Error() string {
	s := make([]string, len(m))
	for i, e := range m {
		s[i] = e.Error()
	}
	return strings.Join(s, "; ")
}
func (m multiErr) Unwrap() []error { return m }

func find(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{key, ErrPermission}))
	case "flaky":
		return fmt.Errorf("find: %w", RetryableError{3})
	case "both":
		return fmt.Errorf("two: %w and %w", ErrNotFound, ErrPermission)
	case "multi":
		return multiErr{io.EOF, &QueryError{"m", fs.ErrClosed}}
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky", "both", "multi"} {
		err := find(k)
		var qe *QueryError
		fmt.Printf("%-7s err=%v\n", k, err)
		fmt.Printf("        notfound=%v perm=%v retry=%v retry3=%v retry4=%v eof=%v closed=%v\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission),
			errors.Is(err, RetryableError{}), errors.Is(err, RetryableError{3}), errors.Is(err, RetryableError{4}),
			errors.Is(err, io.EOF), errors.Is(err, fs.ErrClosed))
		if errors.As(err, &qe) {
			fmt.Printf("        query=%s inner=%v\n", qe.Query, qe.Err)
		}
		if u := errors.Unwrap(err); u != nil {
			fmt.Printf("        unwrap once: %T\n", u)
		}
	}
	j := errors.Join(nil, find("missing"), nil, find("flaky"))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join(nil, nil) == nil, errors.Is(j, ErrNotFound))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	_, err := os.ReadFile("/nonexistent/dir/file")
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), strings.Contains(wrapped.Error(), "no such file"))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound).(interface{ Unwrap() error }) == nil)
}
