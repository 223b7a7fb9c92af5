package main

import "fmt"

func main() {
	for x := range true {
		fmt.Println(x)
	}
}
