package main

import "fmt"

func main() {
	const c = 1 << 1000
	fmt.Println(c >> 999)
}
