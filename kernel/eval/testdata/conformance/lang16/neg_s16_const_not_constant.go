package main

import "fmt"

func f() int { return 1 }

const c = f()

func main() {
	fmt.Println(c)
}
