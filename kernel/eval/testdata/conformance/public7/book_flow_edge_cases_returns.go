package main

import "fmt"

type P struct{ X int }

func a() {
	x := 1
	f := func() { _ = x }
	_ = f
}

func b() (n int) {
	var arr [3]int
	p := &arr
	p[0] = 1
	return arr[0]
}

func c(v any) string {
	switch t := v.(type) {
	case int:
		return fmt.Sprint(t + 1)
	case string:
	}
	return "?"
}

func d() int {
	m := map[string]int{}
	m["a"] = 1
	return len(m)
}

func e() int {
	s := []int{0}
	s[0] = 5
	return 1
}

func g() {
	x := 0
	defer func() { fmt.Println("deferred x", x) }()
	x = 3
}

func h() int {
	var p P
	q := &p
	q.X = 2
	return p.X
}

func k() int {
	for {
		return 1
	}
}

func l(n int) int {
	switch {
	case n > 0:
		return 1
	default:
		panic("neg")
	}
}

func m2(n int) (r int) {
L:
	for i := 0; i < n; i++ {
		if i == 2 {
			break L
		}
		r += i
	}
	return
}

func n2() int {
	select {}
}

func o() int {
	goto end
end:
	return 7
}

func main() {
	a()
	fmt.Println(b(), c(1), c("s"), c(2.0), d(), e(), h(), k(), l(1), m2(5), o())
	g()
	_ = n2
}
