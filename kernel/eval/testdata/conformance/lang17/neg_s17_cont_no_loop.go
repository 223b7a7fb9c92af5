package main

import "fmt"

func f(x int) {
	if x > 0 {
		continue
	}
	fmt.Println(x)
}

func main() {
	f(1)
}
