package main

import "fmt"

type H struct{ F func() }

func main() {
	a, b := H{}, H{}
	fmt.Println(a == b)
}
