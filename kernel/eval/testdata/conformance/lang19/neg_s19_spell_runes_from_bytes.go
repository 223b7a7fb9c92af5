package main

import "fmt"

func main() {
	var rs []rune = []byte("a")
	fmt.Println(rs)
}
