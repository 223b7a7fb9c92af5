package main

import "fmt"

func main() {
	fmt.Println(imag("1i"))
}
