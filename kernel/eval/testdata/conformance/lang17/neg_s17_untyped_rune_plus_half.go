package main

import "fmt"

func main() {
	var r rune = 'a' + 0.5
	fmt.Println(r)
}
