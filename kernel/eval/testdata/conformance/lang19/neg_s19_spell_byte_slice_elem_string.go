package main

import "fmt"

func main() {
	b := []byte("ab")
	b[0] = "c"
	fmt.Println(b)
}
