package main

import "fmt"

func main() {
	rs := []rune("ab")
	rs = append(rs, "c")
	fmt.Println(rs)
}
