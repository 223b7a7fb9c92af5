package main

import "fmt"

func f() (name string, err error) {
	return "x"
}

func main() {
	fmt.Println(f())
}
