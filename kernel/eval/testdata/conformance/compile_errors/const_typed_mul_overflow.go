package main

import "fmt"

const c int8 = 100

func main() {
	fmt.Println(c * 2)
}
