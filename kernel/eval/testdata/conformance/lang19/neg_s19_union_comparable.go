package main

import "fmt"

type C interface{ comparable | int }

func main() {
	fmt.Println("x")
}
