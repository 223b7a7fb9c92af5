package main

import "fmt"

type Ints []int

func show(s string) { fmt.Println(s) }

func main() {
	show(Ints{1})
}
