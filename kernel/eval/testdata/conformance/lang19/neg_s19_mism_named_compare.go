package main

import "fmt"

type Apples int
type Oranges int

func main() {
	a, o := Apples(3), Oranges(3)
	fmt.Println(a == o)
}
