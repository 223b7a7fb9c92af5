package main

import "fmt"

func main() {
	var x Foo
	fmt.Println(x)
}
