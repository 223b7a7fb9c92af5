package main

import "fmt"

type error string

func f() error { return "x" }

func main() {
	fmt.Println(f())
}
