package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(s[0:1:2])
}
