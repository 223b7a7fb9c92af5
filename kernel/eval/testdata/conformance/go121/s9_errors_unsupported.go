package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type op struct{ name string }

func (o op) Do() error {
	return fmt.Errorf("%s: %w", o.name, errors.ErrUnsupported)
}

func main() {
	err := op{"link"}.Do()
	fmt.Println(err)
	fmt.Println(errors.Is(err, errors.ErrUnsupported))
	fmt.Println(errors.ErrUnsupported.Error())
	joined := errors.Join(err, fs.ErrNotExist)
	fmt.Println(errors.Is(joined, fs.ErrNotExist), errors.Is(joined, errors.ErrUnsupported))
	_, statErr := os.Stat("/definitely/not/here")
	var pe *fs.PathError
	fmt.Println(errors.As(statErr, &pe), pe.Op, errors.Is(statErr, os.ErrNotExist))
}
