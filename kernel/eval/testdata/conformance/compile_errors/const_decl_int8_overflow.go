package main

import "fmt"

const c int8 = 200

func main() {
	fmt.Println(c)
}
