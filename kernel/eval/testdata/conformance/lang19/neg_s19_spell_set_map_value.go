package main

import "fmt"

func main() {
	seen := map[string]struct{}{}
	seen["a"] = true
	fmt.Println(len(seen))
}
