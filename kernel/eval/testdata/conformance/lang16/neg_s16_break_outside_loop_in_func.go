package main

import "fmt"

func f() {
	break
}

func main() {
	f()
	fmt.Println("x")
}
