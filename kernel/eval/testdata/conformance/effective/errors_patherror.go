package main

import (
	"errors"
	"fmt"
	"io/fs"
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

func main() {
	var err error = &PathError{"open", "/etc/passwx", syscall.ENOENT}
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOENT))
	_, err = os.Open("/no/such/file/here")
	if e, ok := err.(*fs.PathError); ok {
		fmt.Println(e.Op, e.Path, e.Err, e.Err == syscall.ENOENT)
	}
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", err), &pe), pe.Path)
}
