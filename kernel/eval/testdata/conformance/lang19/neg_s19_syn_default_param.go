package main

import "fmt"

func greet(name string = "x") {
	fmt.Println(name)
}

func main() {
	greet()
}
