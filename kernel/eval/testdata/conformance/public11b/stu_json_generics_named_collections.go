package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
}

type Opt[T any] struct {
	Val T
	OK  bool
}

func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.OK {
		return []byte("null"), nil
	}
	return json.Marshal(o.Val)
}

func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Opt[T]{}
		return nil
	}
	o.OK = true
	return json.Unmarshal(b, &o.Val)
}

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Scores map[string]int

type Player struct {
	Name   string      `json:"name"`
	Nick   Opt[string] `json:"nick"`
	Level  Opt[int]    `json:"level"`
	Tags   Names       `json:"tags"`
	Scores Scores      `json:"scores"`
}

func main() {
	next := 2
	p := Page[Player]{Items: []Player{
		{Name: "ann", Nick: Opt[string]{"a", true}, Tags: Names{"x", "y"}, Scores: Scores{"q": 1}},
		{Name: "bob", Level: Opt[int]{7, true}},
	}, Next: &next}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Page[Player]
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back.Items), *back.Next)
	for _, it := range back.Items {
		fmt.Printf("%s nick=%v/%v level=%v/%v tags=%v scores=%v\n", it.Name, it.Nick.Val, it.Nick.OK, it.Level.Val, it.Level.OK, it.Tags, it.Scores)
	}
	var ints Page[int]
	json.Unmarshal([]byte(`{"items":[3,1,2]}`), &ints)
	slices.Sort(ints.Items)
	fmt.Println(ints.Items, ints.Next == nil)

	var opts []Opt[float64]
	err = json.Unmarshal([]byte(`[1.5, null, 3]`), &opts)
	fmt.Println(err, opts)
	m := map[string]Opt[bool]{}
	err = json.Unmarshal([]byte(`{"a": true, "b": null}`), &m)
	fmt.Println(err, m["a"], m["b"])

	names := Names{"c", "a", "b"}
	slices.Sort(names)
	cl := slices.Clone(names)
	fmt.Printf("%v %T %v %T\n", names, names, cl, cl)
	sc := Scores{"z": 26, "a": 1}
	keys := slices.Sorted(maps.Keys(sc))
	c2 := maps.Clone(sc)
	fmt.Printf("%v %T %d\n", keys, c2, len(c2))
	idx := slices.Index(names, "b")
	names = slices.Insert(names, idx, "ab")
	fmt.Println(names, slices.Contains(names, "ab"), names.String())
	grouped := map[int]Names{}
	for _, w := range []string{"go", "is", "fun", "and", "fast"} {
		grouped[len(w)] = append(grouped[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(grouped)) {
		fmt.Print(k, grouped[k], " ")
	}
	fmt.Println()
}
