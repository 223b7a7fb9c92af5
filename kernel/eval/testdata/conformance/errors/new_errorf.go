package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(id int) error {
	if id < 0 {
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	return nil
}

func main() {
	err := find(-1)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	fmt.Println(find(1) == nil)
	e2 := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Unwrap(e2))
	multi := fmt.Errorf("%w + %w", ErrNotFound, errors.ErrUnsupported)
	fmt.Println(multi, errors.Is(multi, errors.ErrUnsupported))
}
