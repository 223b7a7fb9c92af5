package main

import "fmt"

type Row struct {
	ID   int
	Tags []string
}

func main() {
	var a, b any = Row{1, nil}, Row{1, nil}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
