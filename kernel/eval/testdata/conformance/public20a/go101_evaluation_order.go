package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func pair() (int, int) { trace = append(trace, "pair"); return 1, 2 }

type S struct{ a, b int }

func main() {
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5)
	fmt.Println(trace, arr)
	trace = nil
	m := map[int]int{}
	m[t("k", 1)] += t("v", 2)
	fmt.Println(trace, m)
	trace = nil
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(trace, x)
	trace = nil
	s := S{b: t("b", 2), a: t("a", 1)}
	fmt.Println(trace, s)
	trace = nil
	f := func(a, b, c int) int { return a*100 + b*10 + c }
	fmt.Println(f(t("1", 1), t("2", 2), t("3", 3)), trace)
	trace = nil
	_ = []int{t("x", 1), t("y", 2)}
	_ = map[string]int{"p": t("p", 1), "q": t("q", 2)}
	fmt.Println(trace)
	trace = nil
	a, b := pair()
	c, d := t("c", b), t("d", a)
	fmt.Println(trace, a, b, c, d)
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
	p := &S{}
	p.a, arr[t("second-index", 0)] = 1, 2
	fmt.Println(trace, *p, arr)
	trace = nil
	ok := t("l", 0) == 1 && t("r", 1) == 1
	ok2 := t("l2", 1) == 1 || t("r2", 1) == 1
	fmt.Println(ok, ok2, trace)
	trace = nil
	defer func(v int) { fmt.Println("deferred arg", v, trace) }(t("defer-arg", 7))
	trace = append(trace, "body")
	ch := make(chan int, 1)
	ch <- t("send", 3)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case ch <- t("select-send", 4):
		fmt.Println("sent")
	}
	fmt.Println(trace)
	xs := []int{1, 2, 3}
	for i, v := range xs {
		xs = append(xs, v*10)
		if i > 5 {
			break
		}
	}
	fmt.Println(xs)
	j := 1
	j += j * 2
	k := []int{1, 2, 3}
	idx := 0
	k[idx], idx = 10, 2
	fmt.Println(j, k, idx)
}
