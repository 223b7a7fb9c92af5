package main

import "fmt"

func f() error {
	return "bad"
}

func main() {
	fmt.Println(f())
}
