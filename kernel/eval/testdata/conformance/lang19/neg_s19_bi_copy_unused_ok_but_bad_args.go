package main

import "fmt"

func main() {
	a := []byte("ab")
	copy(a, 'x')
	fmt.Println(a)
}
