package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println(s[3:1])
}
