package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	a := [4]int{10, 20, 30, 40}
	pa := &a
	fmt.Println(a[1], pa[2], (*pa)[3], len(pa))
	var nilArr *[4]int
	try("nil array pointer", func() { _ = nilArr[1] })
	s := a[1:3]
	i := 5
	try("slice out of range", func() { _ = s[i] })
	try("negative index", func() { j := -1; _ = a[j+0*i] })
	str := "héllo"
	fmt.Println(str[1], str[2], len(str))
	try("string out of range", func() { _ = str[i+1] })
	m := map[string][]int{"a": {1}}
	fmt.Println(m["a"][0], m["missing"] == nil, len(m["missing"]))
	v, ok := m["missing"]
	fmt.Println(v, ok)
	var nilMap map[string]int
	fmt.Println(nilMap["x"])
	type Key struct{ a, b int }
	km := map[Key]string{{1, 2}: "x"}
	fmt.Println(km[Key{1, 2}], km[Key{2, 1}] == "")
	const c = "const"
	fmt.Println(c[0], "literal"[3])
	arr2 := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	fmt.Println(arr2[1][2], len(arr2[0]))
}
