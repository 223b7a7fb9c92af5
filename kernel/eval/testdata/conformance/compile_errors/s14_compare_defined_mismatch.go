package main

import "fmt"

type ID int
type Num int

func main() {
	a, b := ID(1), Num(1)
	fmt.Println(a == b)
}
