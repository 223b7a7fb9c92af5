package main

import "fmt"

type Ints interface{ ~int }

func main() {
	var x Ints
	fmt.Println(x)
}
