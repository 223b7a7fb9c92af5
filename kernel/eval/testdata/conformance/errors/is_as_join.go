package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type TimeoutErr struct{ Op string }

func (e TimeoutErr) Error() string { return e.Op + ": timeout" }

func main() {
	var err error = fmt.Errorf("ctx: %w", TimeoutErr{"read"})
	var te TimeoutErr
	if errors.As(err, &te) {
		fmt.Println("as:", te.Op)
	}
	_, ferr := os.Open("/nonexistent/x")
	fmt.Println(errors.Is(ferr, fs.ErrNotExist), errors.Is(ferr, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Path)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j)
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(errors.Is(errors.Join(err, ferr), fs.ErrNotExist))
}
