package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{3, 1}
	sort.Strings(s)
	fmt.Println(s)
}
