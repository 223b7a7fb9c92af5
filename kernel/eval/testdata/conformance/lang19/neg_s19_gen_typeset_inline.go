package main

import "fmt"

func Abs[T ~int | ~int64 | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(Abs(uint(3)))
}
