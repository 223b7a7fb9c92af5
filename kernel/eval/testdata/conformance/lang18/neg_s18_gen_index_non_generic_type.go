package main

import "fmt"

type Stack struct{ items []int }

func main() {
	s := Stack[int]{}
	fmt.Println(s)
}
