package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func do(i int) error {
	if i%2 == 0 {
		return &OpError{"read", Code(i)}
	}
	return fmt.Errorf("do %d: %w", i, &OpError{"write", Code(i)})
}

func main() {
	for i := 0; i < 4; i++ {
		err := do(i)
		var c Code
		var op *OpError
		fmt.Println(err, errors.Is(err, Code(i)), errors.Is(err, Code(9)), errors.As(err, &c), c, errors.As(err, &op), op.Op)
	}
	err := do(2)
	for err != nil {
		fmt.Printf("%T ", err)
		err = errors.Unwrap(err)
	}
	fmt.Println()
}
