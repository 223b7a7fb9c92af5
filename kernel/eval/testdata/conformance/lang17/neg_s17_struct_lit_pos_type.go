package main

import "fmt"

type P struct {
	Name string
	Age  int
}

func main() {
	fmt.Println(P{30, "bob"})
}
