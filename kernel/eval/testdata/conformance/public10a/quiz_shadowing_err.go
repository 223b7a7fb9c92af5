package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(xs []string) (total int, err error) {
	for _, x := range xs {
		n, err := strconv.Atoi(x) // shadows the named result
		if err != nil {
			return 0, fmt.Errorf("parse %q: %w", x, err)
		}
		total += n
	}
	return total, err
}

func shadowBug(fail bool) (err error) {
	if fail {
		err := errors.New("inner")
		_ = err
	}
	return // returns the outer err: nil
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x"}))
	fmt.Println(shadowBug(true))
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for x := 0; x < 1; x++ {
		x := x + 10
		fmt.Println("loop body x", x)
	}
	var e *strconv.NumError
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.As(err, &e), e.Func, errors.Is(err, strconv.ErrRange))
}
