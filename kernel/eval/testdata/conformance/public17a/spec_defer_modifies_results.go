package main

import (
	"errors"
	"fmt"
)

func f() (result int) {
	defer func() {
		result *= 7
	}()
	return 6
}

func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func h() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "start:"
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = errors.Join(err, errors.New("cleanup failed"))
		}
	}()
	return errors.New("primary")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
	fmt.Println(h())
	fmt.Println(wrap())
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}
