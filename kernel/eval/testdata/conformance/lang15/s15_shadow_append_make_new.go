package main

import "fmt"

func main() {
	append := append([]int{1}, 2, 3)
	make := make(map[string]int, len(append))
	make["a"] = append[2]
	new := new(int)
	*new = make["a"] + 1
	fmt.Println(append, make, *new)
}
