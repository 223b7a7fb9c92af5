package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	a := []int{0, 0, 0}
	a[t("idx", 1)] = t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(a, trace)
	trace = nil
	f := func(x, y, z int) int { return x + y + z }
	fmt.Println(f(t("x", 1), t("y", 2), t("z", 3)), trace)
	trace = nil
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	fmt.Println(len(m), trace)
	trace = nil
	ok := t("l", 0) == 1 && t("r", 1) == 1
	fmt.Println(ok, trace)
}
