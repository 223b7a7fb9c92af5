package main

import "fmt"

func main() {
	s := ""
	if !s {
		fmt.Println("empty")
	}
}
