package main

import "fmt"

func none() {}

func void() {
	return none()
}

func main() {
	void()
	fmt.Println("x")
}
