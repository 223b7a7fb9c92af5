package main

import "fmt"

func main() {
	s := append()
	fmt.Println(s)
}
