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

type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type StatusErr struct {
	Status  int
	Message string
	cause   error
}

func (s *StatusErr) Error() string { return fmt.Sprintf("%d %s", s.Status, s.Message) }
func (s *StatusErr) Unwrap() error { return s.cause }
func (s *StatusErr) Is(target error) bool {
	t, ok := target.(*StatusErr)
	return ok && (t.Status == 0 || t.Status == s.Status)
}

func find(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", id}
	case id == 0:
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	case id > 100:
		return &StatusErr{503, "overloaded", io.ErrUnexpectedEOF}
	}
	return nil
}

func main() {
	for _, id := range []int{-1, 0, 5, 500} {
		err := find(id)
		var ve ValidationError
		var se *StatusErr
		fmt.Printf("%d: %v | notfound=%v validation=%v status=%v any503=%v eof=%v\n",
			id, err, errors.Is(err, ErrNotFound), errors.As(err, &ve), errors.As(err, &se),
			errors.Is(err, &StatusErr{Status: 503}), errors.Is(err, io.ErrUnexpectedEOF))
	}
	joined := errors.Join(find(-2), nil, find(0))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T %v\n", e, e)
	}
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, io.EOF)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Unwrap(multi) == nil)
}
