package main

import "fmt"

func main() {
	fmt.Println(uint(-1))
}
