package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
	Total int  `json:"total"`
}

type Tag string

type Post struct {
	ID    int               `json:"id"`
	Tags  []Tag             `json:"tags"`
	Meta  map[string]any    `json:"meta,omitempty"`
	Score float32           `json:"score"`
	Refs  map[int]string    `json:"refs"`
	Arr   [2]int            `json:"arr"`
	Bytes []byte            `json:"bytes"`
	Ptrs  []*int            `json:"ptrs"`
	Any   any               `json:"any"`
	Iface fmt.Stringer      `json:"iface"`
	Nest  map[string][]Post `json:"nest,omitempty"`
}

func main() {
	n := 2
	p := Page[Post]{Items: []Post{{ID: 1, Tags: []Tag{"go", "json"}, Score: 0.1, Refs: map[int]string{10: "a", 2: "b"}, Bytes: []byte("hi"), Ptrs: []*int{&n, nil}, Any: 3.0}}, Next: &n, Total: 1}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Page[Post]
	fmt.Println(json.Unmarshal(b, &back), back.Items[0].Refs, string(back.Items[0].Bytes), *back.Next, *back.Items[0].Ptrs[0], back.Items[0].Any)
	var generic any
	json.Unmarshal(b, &generic)
	m := generic.(map[string]any)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m["total"], fmt.Sprintf("%T", m["items"]))
	var ints Page[int]
	fmt.Println(json.Unmarshal([]byte(`{"items":[1,2,3],"total":3,"extra":true}`), &ints), ints.Items, ints.Next == nil)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	fmt.Println(json.Unmarshal([]byte(`[9]`), &arr), arr)
	var mi map[int]bool
	fmt.Println(json.Unmarshal([]byte(`{"1":true,"-2":false}`), &mi), mi)
	fmt.Println(json.Unmarshal([]byte(`{"x":true}`), &mi))
	var sl []string
	fmt.Println(json.Unmarshal([]byte(`null`), &sl), sl == nil)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e40`), &f32), f32)
	var iface fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`"x"`), &iface))
	out, _ := json.Marshal(map[Tag][]Tag{"b": {"x"}, "a": nil})
	fmt.Println(string(out))
	h, _ := json.Marshal("<&>\u2028")
	fmt.Println(string(h))
}
