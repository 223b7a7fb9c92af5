package main

import (
	"fmt"
	"runtime"
)

func here(skip int) int {
	_, _, line, _ := runtime.Caller(skip)
	return line
}

func inner() (int, int, int) {
	return here(0), here(1), here(2)
}

func outer() (int, int, int) {
	return inner()
}

func main() {
	a, b, c := outer()
	fmt.Println(a, b, c)
}
