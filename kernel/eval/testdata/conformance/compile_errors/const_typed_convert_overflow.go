package main

import "fmt"

const c int16 = 200

func main() {
	fmt.Println(int8(c))
}
