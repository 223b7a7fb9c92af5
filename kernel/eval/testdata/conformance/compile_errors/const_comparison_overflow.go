package main

import "fmt"

func main() {
	fmt.Println(-(-128) == int8(-128))
}
