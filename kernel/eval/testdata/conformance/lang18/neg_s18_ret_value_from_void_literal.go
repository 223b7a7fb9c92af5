package main

import "fmt"

func main() {
	f := func() {
		return 1
	}
	f()
	fmt.Println("x")
}
