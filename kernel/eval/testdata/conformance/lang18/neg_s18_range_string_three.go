package main

import "fmt"

func main() {
	for i, r, x := range "ab" {
		fmt.Println(i, r, x)
	}
}
