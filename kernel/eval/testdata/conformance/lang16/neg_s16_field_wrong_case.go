package main

import "fmt"

type T struct{ foo int }

func main() {
	var t T
	fmt.Println(t.Foo)
}
