package main

import "fmt"

func f(x int) (x int) { return 0 }

func main() {
	fmt.Println(f(1))
}
