package main

import "fmt"

func main() {
	s := "a"
	fmt.Println(1 << s)
}
