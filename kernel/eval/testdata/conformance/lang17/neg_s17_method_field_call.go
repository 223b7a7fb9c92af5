package main

import "fmt"

type T struct{ Name string }

func main() {
	t := T{}
	fmt.Println(t.Name())
}
