package main

import (
	"errors"
	"fmt"
)

type code int

func (c code) Error() string { return fmt.Sprint("code ", int(c)) }

var errA = errors.New("a")

func main() {
	var e1 error = code(1)
	var e2 error = code(1)
	var e3 error = code(2)
	fmt.Println(e1 == e2, e1 == e3, e1 == errA)
	var err error = errA
	fmt.Println(err == errA, errors.Is(err, errA))
	var x any = code(1)
	fmt.Println(x == code(1), x == 1)
}
