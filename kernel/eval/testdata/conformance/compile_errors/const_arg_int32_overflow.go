package main

import "fmt"

func f(x int32) int32 { return x }

func main() {
	fmt.Println(f(1 << 40))
}
