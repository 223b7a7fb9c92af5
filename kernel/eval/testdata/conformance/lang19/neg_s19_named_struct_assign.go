package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

func main() {
	a := A{1}
	var b B = a
	fmt.Println(b)
}
