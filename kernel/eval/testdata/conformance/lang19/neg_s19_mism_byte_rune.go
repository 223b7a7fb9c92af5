package main

import "fmt"

func main() {
	s := "héllo"
	b := s[0]
	for _, r := range s {
		if r == b {
			fmt.Println("same")
		}
	}
}
