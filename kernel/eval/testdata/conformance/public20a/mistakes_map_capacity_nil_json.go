package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Customer struct {
	ID     string   `json:"id"`
	Orders []string `json:"orders"`
}

type Resp struct {
	Items map[string]int `json:"items"`
	List  []int          `json:"list"`
	Ptr   *Customer      `json:"ptr"`
}

func collect(n int) []string {
	var res []string
	for i := 0; i < n; i++ {
		res = append(res, fmt.Sprint(i))
	}
	return res
}

func collectInit(n int) []string {
	res := make([]string, 0, n)
	for i := 0; i < n; i++ {
		res = append(res, fmt.Sprint(i))
	}
	return res
}

func main() {
	for _, n := range []int{0, 2} {
		a, _ := json.Marshal(Customer{"c", collect(n)})
		b, _ := json.Marshal(Customer{"c", collectInit(n)})
		fmt.Println(string(a), string(b))
	}
	var r Resp
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
	r2 := Resp{Items: map[string]int{}, List: []int{}, Ptr: &Customer{}}
	out, _ = json.Marshal(r2)
	fmt.Println(string(out))
	var back Resp
	json.Unmarshal([]byte(`{"items":{},"list":[]}`), &back)
	fmt.Println(back.Items == nil, back.List == nil, len(back.Items), back.Ptr == nil)
	var back2 Resp
	json.Unmarshal([]byte(`{"items":null,"list":null}`), &back2)
	fmt.Println(back2.Items == nil, back2.List == nil)

	m := make(map[int]bool, 100)
	fmt.Println(len(m))
	for i := 0; i < 1000; i++ {
		m[i] = true
	}
	for i := 0; i < 1000; i++ {
		delete(m, i)
	}
	fmt.Println(len(m))
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	s = []int{}
	fmt.Println(s == nil, len(s), cap(s))
	s = make([]int, 0)
	fmt.Println(s == nil)
	var e []int
	e = append(e, []int{}...)
	fmt.Println(e == nil)
	e = append([]int{}, e...)
	fmt.Println(e == nil)
	fmt.Printf("%v %#v %#v\n", []int(nil), []int(nil), []int{})
	inventory := map[string][]string{"fruit": {"apple"}}
	inventory["veg"] = append(inventory["veg"], "kale")
	keys := make([]string, 0)
	for k := range inventory {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, inventory["none"] == nil)
	type agg struct {
		count int
		names []string
	}
	groups := map[int]*agg{}
	for _, w := range []string{"go", "is", "fun", "and", "fast"} {
		g, ok := groups[len(w)]
		if !ok {
			g = &agg{}
			groups[len(w)] = g
		}
		g.count++
		g.names = append(g.names, w)
	}
	for _, l := range []int{2, 3, 4} {
		fmt.Println(l, groups[l].count, groups[l].names)
	}
}
