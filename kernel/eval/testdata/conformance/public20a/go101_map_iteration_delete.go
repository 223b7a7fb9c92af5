package main

import (
	"fmt"
	"sort"
)

type key struct {
	a int
	b string
}

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	// delete during iteration: every remaining key is seen at most once
	seen := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k+1)
		}
		seen++
	}
	fmt.Println(len(m) >= 50, seen >= 50, seen <= 100)
	// delete all in loop
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	// struct keys, array keys, interface keys
	sk := map[key]int{{1, "a"}: 1, {1, "b"}: 2}
	sk[key{1, "a"}] += 10
	fmt.Println(sk[key{1, "a"}], sk[key{2, "z"}], len(sk))
	ak := map[[2]int]string{{1, 2}: "x"}
	ak[[2]int{1, 2}] += "y"
	fmt.Println(ak)
	ik := map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4, [1]int{1}: 5, key{}: 6}
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[int8(1)], ik[[1]int{1}], ik[key{}])
	// NaN keys
	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
	cnt := 0
	for k, v := range fm {
		if k != k {
			cnt += v
		}
	}
	fmt.Println(cnt)
	clear(fm)
	fmt.Println(len(fm))
	// map of slices mutate through index
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1)
	ms["a"] = append(ms["a"], 2)
	ms["a"][0] = 10
	fmt.Println(ms)
	// map of structs: copy out, modify, store back
	type pt struct{ X, Y int }
	mp := map[string]pt{"o": {}}
	p := mp["o"]
	p.X = 5
	fmt.Println(mp["o"], p)
	mp["o"] = p
	mpp := map[string]*pt{"o": {1, 1}}
	mpp["o"].Y = 9
	fmt.Println(*mpp["o"])
	// nil map read ok, write panics
	var nm map[string]int
	fmt.Println(nm["x"], len(nm))
	v, ok := nm["x"]
	fmt.Println(v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nm["x"] = 1
	}()
	// sorted iteration
	words := map[string]int{"pear": 3, "apple": 1, "fig": 2, "kiwi": 2}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if words[keys[i]] != words[keys[j]] {
			return words[keys[i]] > words[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	// map value is a func
	ops := map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"*": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["+"](2, 3), ops["*"](2, 3), ops["-"] == nil)
	// unhashable key panics at runtime
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ik[[]int{1}] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f interface{} = func() {}
		_ = ik[f]
	}()
}
