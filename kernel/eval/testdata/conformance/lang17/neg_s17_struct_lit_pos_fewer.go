package main

import "fmt"

type P struct{ X, Y, Z int }

func main() {
	fmt.Println(P{1, 2})
}
