package main

import (
	"fmt"
	"sort"
)

type change struct {
	user     string
	language string
	lines    int
}

func main() {
	changes := []change{
		{"gri", "Go", 100}, {"ken", "C", 150}, {"glenda", "Go", 200},
		{"rsc", "Go", 200}, {"r", "Go", 100}, {"ken", "Go", 200},
		{"dmr", "C", 100}, {"r", "C", 150}, {"gri", "Smalltalk", 80},
	}
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].user < changes[j].user })
	fmt.Println("By user:", changes)
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].language < changes[j].language })
	fmt.Println("By language,user:", changes)
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].lines < changes[j].lines })
	fmt.Println("By lines,language,user:", changes)
	fmt.Println(sort.SliceIsSorted(changes, func(i, j int) bool { return changes[i].lines < changes[j].lines }))
}
