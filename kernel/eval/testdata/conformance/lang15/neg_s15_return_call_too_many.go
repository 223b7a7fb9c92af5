package main

import "fmt"

func g() (int, int) { return 1, 2 }

func f() int {
	return g()
}

func main() {
	fmt.Println(f())
}
