package main

import "fmt"

func use(f func(a, b int, xs ...string) (n int)) { fmt.Println(f(1, 2)) }

func main() {
	use(func(x int) {})
}
