package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func parseAll(lines []string) ([]int, error) {
	var out []int
	var errs []error
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			errs = append(errs, &ParseError{i + 1, err})
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func open(name string) error {
	_, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("open config: %w", err)
	}
	return nil
}

func retry(attempts int, f func(int) error) (err error) {
	for i := 0; i < attempts; i++ {
		if err = f(i); err == nil {
			return nil
		}
	}
	return fmt.Errorf("after %d attempts, last error: %w", attempts, err)
}

func main() {
	nums, err := parseAll([]string{"1", "x", "3", "99999999999999999999", ""})
	fmt.Println(nums)
	fmt.Println(err)
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	err = open("/nonexistent/dir/config.yaml")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println(pathErr.Op, pathErr.Path)
	}
	err = retry(3, func(i int) error {
		if i < 5 {
			return fmt.Errorf("attempt %d: %w", i, io.ErrUnexpectedEOF)
		}
		return nil
	})
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	fmt.Println(retry(3, func(i int) error {
		if i < 1 {
			return io.EOF
		}
		return nil
	}))
	e1 := errors.New("x")
	e2 := fmt.Errorf("wrap two: %w and %w", e1, io.EOF)
	fmt.Println(e2, errors.Is(e2, io.EOF), errors.Is(e2, e1), errors.Unwrap(e2) == nil)
}
