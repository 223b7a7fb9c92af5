package main

import "fmt"

func main() {
	f := func() {
		n := 3
	}
	f()
	fmt.Println("x")
}
