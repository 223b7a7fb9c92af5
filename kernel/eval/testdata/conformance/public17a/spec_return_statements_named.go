package main

import (
	"errors"
	"fmt"
)

func noResult() {
	return
}

func simpleF() int { return 2 }

func complexF1() (re float64, im float64) { return -7.0, -4.0 }

func complexF2() (re float64, im float64) { return complexF1() }

func complexF3() (re float64, im float64) {
	re = 7.0
	im = 4.0
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("divide by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	noResult()
	fmt.Println(simpleF())
	fmt.Println(complexF2())
	fmt.Println(complexF3())
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(shadowed())
}
