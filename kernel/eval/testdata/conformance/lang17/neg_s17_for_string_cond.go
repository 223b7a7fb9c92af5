package main

import "fmt"

func main() {
	s := "a"
	for s {
		fmt.Println(s)
	}
}
