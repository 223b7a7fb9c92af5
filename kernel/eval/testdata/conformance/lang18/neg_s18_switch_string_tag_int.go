package main

import "fmt"

func main() {
	s := "a"
	switch s {
	case 1:
		fmt.Println(s)
	}
}
