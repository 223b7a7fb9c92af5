package main

import "fmt"

func main() {
	s := "ab"
	fmt.Println(s * 2)
}
