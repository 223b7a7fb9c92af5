package main

import "fmt"

func f(s uint) int64 {
	return 1.5 << s
}

func main() {
	fmt.Println(f(1))
}
