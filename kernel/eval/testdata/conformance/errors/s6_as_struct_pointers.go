package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string { return "invalid " + v.Field }

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "missing " + n.Key }

func check(i int) error {
	switch i {
	case 0:
		return &ValidationError{"name"}
	case 1:
		return fmt.Errorf("lookup: %w", NotFound{"k1"})
	case 2:
		_, err := strconv.Atoi("x1")
		return fmt.Errorf("parse: %w", err)
	case 3:
		_, err := os.Open("/definitely/not/here")
		return err
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		err := check(i)
		var ve *ValidationError
		var nf NotFound
		var ne *strconv.NumError
		var pe *os.PathError
		switch {
		case errors.As(err, &ve):
			fmt.Println("validation", ve.Field)
		case errors.As(err, &nf):
			fmt.Println("notfound", nf.Key, err)
		case errors.As(err, &ne):
			fmt.Println("num", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
		case errors.As(err, &pe):
			fmt.Println("path", pe.Op, pe.Path, errors.Is(err, os.ErrNotExist))
		default:
			fmt.Println("other", err)
		}
	}
}
