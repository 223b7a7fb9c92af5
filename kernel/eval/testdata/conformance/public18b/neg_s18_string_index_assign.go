package main

import "fmt"

func main() {
	s := "abc"
	s[0] = 120
	fmt.Println(s)
}
