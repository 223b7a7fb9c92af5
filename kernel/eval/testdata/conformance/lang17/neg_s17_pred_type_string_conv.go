package main

import "fmt"

type string []byte

func main() {
	s := "hello"
	fmt.Println(len(s) + s)
}
