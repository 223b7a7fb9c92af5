package main

import "fmt"

func g() int { return 1 }

func f() (int, error) {
	return g()
}

func main() {
	fmt.Println(f())
}
