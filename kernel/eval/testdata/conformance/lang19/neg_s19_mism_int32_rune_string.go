package main

import "fmt"

func main() {
	var r rune = 'a'
	s := "b"
	fmt.Println(r + s)
}
