package main

import "fmt"

func main() {
	s := "héllo"
	rune := []rune(s)[1]
	byte := byte(s[0])
	fmt.Println(rune, byte, string(rune))
}
