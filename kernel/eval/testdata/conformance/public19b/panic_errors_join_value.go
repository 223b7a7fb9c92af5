package main

import (
	"errors"
	"fmt"
)

func main() {
	var errs []error
	for i := range 3 {
		if i%2 == 0 {
			errs = append(errs, fmt.Errorf("step %d failed", i))
		}
	}
	err := errors.Join(errs...)
	fmt.Printf("%q\n", err.Error())
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(errs[len(errs)-1])
	}()
	panic(err)
}
