package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

func mk() B {
	return A{1}
}

func main() {
	fmt.Println(mk())
}
