package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func level(n int) error {
	if n == 0 {
		return ErrBase
	}
	return fmt.Errorf("level %d: %w", n, level(n-1))
}

func main() {
	err := level(3)
	fmt.Println(err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Println(" -", e)
	}
	fmt.Printf("%v | %s | %q\n", ErrBase, ErrBase, ErrBase)
}
