package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func create(name string) error {
	if name == "" {
		return &PathError{"create", name, syscall.ENOENT}
	}
	if len(name) > 8 {
		return &PathError{"create", name, syscall.ENAMETOOLONG}
	}
	return nil
}

func main() {
	for _, n := range []string{"", "ok", "muchtoolongname"} {
		err := create(n)
		if err == nil {
			fmt.Println(n, "created")
			continue
		}
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("path error:", pe.Op, pe.Path, pe.Err == syscall.ENOSPC)
		}
		fmt.Println(err, errors.Is(err, syscall.ENOENT), errors.Is(err, os.ErrNotExist))
	}
	_, err := os.Open("/no/such/file")
	var ope *os.PathError
	fmt.Println(errors.As(err, &ope), ope.Op, errors.Is(err, os.ErrNotExist))
}
