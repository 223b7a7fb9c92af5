package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"ann", 30}, {"bob", 25}, {"cy", 30}, {"dee", 25}, {"eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Strings(words) // byte order: uppercase first
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		a, b := strings.ToLower(words[i]), strings.ToLower(words[j])
		if a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	nums := []int{5, 2, 8, 1}
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 4)
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums, idx, sort.IsSorted(sort.IntSlice(nums)))
}
