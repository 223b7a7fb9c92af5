package main

import (
	"fmt"
	"strings"
)

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func (t *tree) String() string {
	if t == nil {
		return "."
	}
	return fmt.Sprintf("(%v %d %v)", t.left, t.value, t.right)
}

func height(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.left), height(t.right))
}

func nonempty(strs []string) []string {
	out := strs[:0]
	for _, s := range strs {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rotate(s []int, k int) {
	k %= len(s)
	reverse(s[:k])
	reverse(s[k:])
	reverse(s)
}

func dedupAdjacent(s []string) []string {
	if len(s) == 0 {
		return s
	}
	w := 1
	for _, v := range s[1:] {
		if v != s[w-1] {
			s[w] = v
			w++
		}
	}
	return s[:w]
}

func main() {
	data := []int{50, 30, 70, 20, 40, 60, 80, 30, 10}
	Sort(data)
	fmt.Println(data)
	var root *tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = add(root, v)
	}
	fmt.Println(root, height(root))
	words := []string{"one", "", "three", "", ""}
	fmt.Printf("%q %q\n", nonempty(words), words)
	nums := []int{0, 1, 2, 3, 4, 5}
	rotate(nums, 2)
	fmt.Println(nums)
	fmt.Println(dedupAdjacent(strings.Fields("a a b b b c a a")))
	var empty []int
	Sort(empty)
	fmt.Println(empty, appendValues(nil, nil) == nil)
}
