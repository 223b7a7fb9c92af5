package main

import "fmt"

type Ints []int
type Nums []int

func main() {
	var a Ints = Ints{1}
	var b Nums = a
	fmt.Println(b)
}
