package main

import "fmt"

func main() {
	var out string
	for _, r := range "abc" {
		out = r
	}
	fmt.Println(out)
}
