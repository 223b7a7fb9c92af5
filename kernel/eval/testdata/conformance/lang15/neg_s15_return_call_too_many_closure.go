package main

import "fmt"

func main() {
	g := func() (int, int) { return 1, 2 }
	f := func() int {
		return g()
	}
	fmt.Println(f())
}
