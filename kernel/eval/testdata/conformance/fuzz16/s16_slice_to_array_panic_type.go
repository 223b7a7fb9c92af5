// Converting a slice to an array (or a pointer to an array) longer than
// the slice panics with a runtime.Error whose dynamic type is the
// runtime's boundsError, as the index and slice panics: the notebook's
// panic had the message but its own type (interp.runtimeError).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func convert(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	s := make([]int, n)
	a := [3]int(s)
	p := (*[2]int)(s)
	fmt.Println(a, *p)
	return nil
}

func main() {
	for _, n := range []int{4, 3, 1, 0} {
		err := convert(n)
		var re runtime.Error
		fmt.Printf("%d: %v | %T %v\n", n, err, err, errors.As(err, &re))
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v | %T\n", r, r)
		}()
		var s []string
		fmt.Println((*[1]string)(s))
	}()
}
