package main

import "fmt"

func f() (string, error) {
	return "a", nil, 3
}

func main() {
	fmt.Println(f())
}
