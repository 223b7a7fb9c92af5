package main

import "fmt"

func f() int {
	return _
}

func main() {
	fmt.Println(f())
}
