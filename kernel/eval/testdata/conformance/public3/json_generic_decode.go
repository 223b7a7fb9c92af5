package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
}

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string  `json:"name"`
	Points []Point `json:"points"`
}

func decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func main() {
	e, err := decode[Envelope[Point]](`{"kind":"point","data":{"X":3,"Y":4}}`)
	fmt.Printf("%+v %v\n", e, err)
	s, err := decode[Envelope[Shape]](`{"kind":"shape","data":{"name":"tri","points":[{"X":0,"Y":0},{"X":1,"Y":0},{"X":0,"Y":1}]}}`)
	fmt.Printf("%+v %v\n", s.Data, err)
	b, _ := json.Marshal(Envelope[[]string]{"list", []string{"a", "b"}})
	fmt.Println(string(b))
	m, err := decode[map[string][]int](`{"a":[1,2],"b":[]}`)
	fmt.Println(m, err)
	_, err = decode[[]int](`[1,"two"]`)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"X":1,"Y":2,"Z":3}`))
	dec.DisallowUnknownFields()
	var p Point
	fmt.Println(dec.Decode(&p), p)
	d2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d2.UseNumber()
	var anyv map[string]any
	d2.Decode(&anyv)
	fmt.Printf("%T %v\n", anyv["n"], anyv["n"])
	out, _ := json.Marshal(map[string]any{"z": 1.5, "a": []any{true, nil, "s"}, "m": map[int]string{2: "two", 1: "one"}})
	fmt.Println(string(out))
	html, _ := json.Marshal("<a href='x'>&</a>")
	fmt.Println(string(html))
}
