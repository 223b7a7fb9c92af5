package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(id int) error {
	if id < 0 {
		return &QueryError{strconv.Itoa(id), ErrNotFound}
	}
	return nil
}

func service(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("service(%d): %w", id, err)
	}
	return nil
}

func main() {
	err := service(-1)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query, qe.Err == ErrNotFound)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(errors.Unwrap(errors.Unwrap(err))))
	fmt.Println(service(1) == nil)
	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	joined := errors.Join(ErrNotFound, fmt.Errorf("other"))
	fmt.Println(joined, errors.Is(joined, ErrNotFound))
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
}
