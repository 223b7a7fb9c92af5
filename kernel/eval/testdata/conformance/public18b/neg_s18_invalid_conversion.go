package main

import "fmt"

func main() {
	s := "abc"
	f := float64(s)
	fmt.Println(f)
}
