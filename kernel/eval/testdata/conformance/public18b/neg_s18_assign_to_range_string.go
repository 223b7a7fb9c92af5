package main

import "fmt"

func main() {
	for i, c := range "ab" {
		c = 1.5
		fmt.Println(i, c)
	}
}
