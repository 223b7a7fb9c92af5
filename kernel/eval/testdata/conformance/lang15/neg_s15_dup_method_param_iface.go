package main

import "fmt"

func use(v interface {
	String() string
	String() string
}) {
	fmt.Println(v)
}

func main() {
	use(nil)
}
