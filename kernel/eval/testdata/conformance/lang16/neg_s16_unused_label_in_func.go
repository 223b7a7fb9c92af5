package main

import "fmt"

func f() {
L:
	fmt.Println("f")
}

func main() {
	f()
}
