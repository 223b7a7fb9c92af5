package main

import "fmt"

func main() {
	s := "ab"
	switch s {
	case "ab":
		fmt.Println(1)
	case "a" + "b":
		fmt.Println(2)
	}
}
