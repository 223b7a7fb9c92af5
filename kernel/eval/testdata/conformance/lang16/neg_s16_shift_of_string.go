package main

import "fmt"

func main() {
	s := "a"
	fmt.Println(s << 1)
}
