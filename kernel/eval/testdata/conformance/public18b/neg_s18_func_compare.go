package main

import "fmt"

func f() {}

func main() {
	g := f
	fmt.Println(g == f)
}
