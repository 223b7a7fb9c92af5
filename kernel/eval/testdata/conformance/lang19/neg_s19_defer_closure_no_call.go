package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("bye")
	}
	fmt.Println("hi")
}
