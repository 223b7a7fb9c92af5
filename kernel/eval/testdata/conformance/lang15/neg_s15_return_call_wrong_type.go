package main

import "fmt"

func g() (int, string) { return 1, "" }

func f() (int, int) {
	return g()
}

func main() {
	fmt.Println(f())
}
