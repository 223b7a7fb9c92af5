package main

import "fmt"

func f() int8 {
	const c int8 = 100
	return c * 2
}

func main() {
	fmt.Println(f())
}
