package main

import "fmt"

const small int8 = -128
const smaller = small - 1

func main() {
	fmt.Println(smaller)
}
