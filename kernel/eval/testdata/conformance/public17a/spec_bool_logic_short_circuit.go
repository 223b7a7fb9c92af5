package main

import "fmt"

var calls []string

func t(name string) bool { calls = append(calls, name); return true }
func f(name string) bool { calls = append(calls, name); return false }

func main() {
	r1 := f("a") && t("b")
	r2 := t("c") || f("d")
	r3 := f("e") || t("f") && f("g")
	r4 := !(t("h") && f("i")) || t("j")
	fmt.Println(r1, r2, r3, r4)
	fmt.Println(calls)
	var p *struct{ ok bool }
	if p != nil && p.ok {
		fmt.Println("never")
	}
	fmt.Println(p == nil || p.ok)
	type B bool
	var b B = true
	fmt.Println(!b, b && true, b == B(1 > 0))
}
