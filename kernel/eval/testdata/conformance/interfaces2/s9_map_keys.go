package main

import (
	"fmt"
	"sort"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type K struct{ a, b string }

func (k K) String() string { return k.a + "/" + k.b }

func main() {
	var s1 fmt.Stringer = S(1)
	var a1 any = S(1)
	var a2 any = s1
	m := map[any]string{}
	m[S(1)] = "direct"
	m[s1] = "via stringer"
	m[a1] = "via any"
	m[T(1)] = "t"
	m[1] = "int"
	fmt.Println(len(m), m[S(1)], m[a2], m[T(1)], m[1])

	ms := map[fmt.Stringer]int{}
	ms[S(1)]++
	ms[s1]++
	ms[T(1)]++
	ms[K{"x", "y"}]++
	ms[K{"x", "y"}]++
	fmt.Println(len(ms), ms[S(1)], ms[T(1)], ms[K{"x", "y"}])
	var keys []string
	for k, v := range ms {
		keys = append(keys, fmt.Sprintf("%v=%d(%T)", k, v, k))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	delete(ms, s1)
	_, ok := ms[S(1)]
	fmt.Println(len(ms), ok)

	fmt.Println(s1 == S(1), s1 == fmt.Stringer(T(1)), a1 == a2, a2 == any(S(1)), a2 == any(T(1)))
	var s2 fmt.Stringer = S(1)
	fmt.Println(s1 == s2, s1 != s2)

	set := map[fmt.Stringer]bool{S(3): true, T(3): true, K{"a", "b"}: true}
	fmt.Println(len(set), set[S(3)], set[T(3)], set[S(4)], set[K{"a", "b"}])
}
