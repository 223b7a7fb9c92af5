package main

import (
	"fmt"
	"strings"
)

type SearchTreeData struct {
	left  *SearchTreeData
	data  int
	right *SearchTreeData
}

func Bst(v int) *SearchTreeData { return &SearchTreeData{data: v} }

func (t *SearchTreeData) Insert(v int) {
	if v <= t.data {
		if t.left == nil {
			t.left = Bst(v)
		} else {
			t.left.Insert(v)
		}
		return
	}
	if t.right == nil {
		t.right = Bst(v)
	} else {
		t.right.Insert(v)
	}
}

func (t *SearchTreeData) MapString(f func(int) string) []string {
	if t == nil {
		return nil
	}
	out := t.left.MapString(f)
	out = append(out, f(t.data))
	return append(out, t.right.MapString(f)...)
}

func (t *SearchTreeData) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.Height(), t.right.Height())
}

func (t *SearchTreeData) Render(prefix string, sb *strings.Builder) {
	if t == nil {
		return
	}
	t.right.Render(prefix+"    ", sb)
	fmt.Fprintf(sb, "%s%d\n", prefix, t.data)
	t.left.Render(prefix+"    ", sb)
}

func main() {
	t := Bst(4)
	for _, v := range []int{2, 6, 1, 3, 5, 7, 4, 0} {
		t.Insert(v)
	}
	fmt.Println(t.MapString(func(i int) string { return fmt.Sprint(i) }))
	fmt.Println(t.MapString(func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(t.Height(), t.left.data, t.right.data, t.left.right.data, t.left.right.right.data)
	var sb strings.Builder
	t.Render("", &sb)
	fmt.Print(sb.String())
	var empty *SearchTreeData
	fmt.Println(empty.MapString(nil) == nil, empty.Height())
}
