package main

import "fmt"

func main() {
	s := "abc"
	var t string = s[0]
	fmt.Println(t)
}
