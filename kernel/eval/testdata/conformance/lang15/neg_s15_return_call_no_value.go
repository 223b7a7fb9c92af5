package main

import "fmt"

func g() {}

func f() int {
	return g()
}

func main() {
	fmt.Println(f())
}
