package main

import "fmt"

func main() {
	s := "a"
	r := rune(s)
	fmt.Println(r)
}
