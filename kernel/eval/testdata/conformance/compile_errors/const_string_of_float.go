package main

import "fmt"

func main() {
	fmt.Println(string(65.0))
}
