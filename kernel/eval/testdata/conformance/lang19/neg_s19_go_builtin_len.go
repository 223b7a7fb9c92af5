package main

import "fmt"

func main() {
	s := "abc"
	go len(s)
	fmt.Println(s)
}
