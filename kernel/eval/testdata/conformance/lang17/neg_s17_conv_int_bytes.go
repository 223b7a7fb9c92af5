package main

import "fmt"

func main() {
	b := []byte(5)
	fmt.Println(b)
}
