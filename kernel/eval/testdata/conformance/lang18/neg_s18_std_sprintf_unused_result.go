package main

import "fmt"

func main() {
	x := fmt.Sprintf
	fmt.Println(x(1))
}
