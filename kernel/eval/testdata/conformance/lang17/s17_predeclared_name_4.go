package main

import "fmt"

type string []byte

func main() {
	var s string = []byte("hi")
	fmt.Println(len(s), s)
}
