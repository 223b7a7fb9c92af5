package main

import "fmt"

func main() {
	b := append([]byte("x"), "yz")
	fmt.Println(b)
}
