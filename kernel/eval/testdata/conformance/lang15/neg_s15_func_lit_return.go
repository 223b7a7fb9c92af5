package main

import "fmt"

func mk() func(int) int {
	return func(s string) (n int, err error) { return len(s), nil }
}

func main() {
	fmt.Println(mk()(1))
}
