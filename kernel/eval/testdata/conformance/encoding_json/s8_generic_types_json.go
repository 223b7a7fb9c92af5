package main

import (
	"encoding/json"
	"fmt"
)

// Generic notebook types encoded and decoded: a page of T, a tagged
// Optional[T] with MarshalJSON/UnmarshalJSON, a generic map type, a
// generic func decoding into T.

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
}

type Optional[T any] struct {
	Val T
	Set bool
}

func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if !o.Set {
		return []byte("null"), nil
	}
	return json.Marshal(o.Val)
}

func (o *Optional[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Optional[T]{}
		return nil
	}
	o.Set = true
	return json.Unmarshal(b, &o.Val)
}

type User struct {
	Name  string           `json:"name"`
	Age   Optional[int]    `json:"age"`
	Email Optional[string] `json:"email"`
}

type Registry[K comparable, V any] map[K]V

func Decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func main() {
	n := 2
	b, _ := json.Marshal(Page[User]{Items: []User{{"ann", Optional[int]{30, true}, Optional[string]{}}}, Next: &n})
	fmt.Println(string(b))
	p, err := Decode[Page[User]](`{"items":[{"name":"bob","age":null,"email":"b@x"},{"name":"cy","age":7}]}`)
	fmt.Println(err, len(p.Items), p.Next == nil)
	for _, u := range p.Items {
		fmt.Printf("%s %+v %+v\n", u.Name, u.Age, u.Email)
	}
	r, err := Decode[Registry[string, []int]](`{"a":[1,2],"b":[]}`)
	fmt.Println(r, err, len(r["b"]))
	b, _ = json.Marshal(Registry[int, Optional[bool]]{1: {true, true}, 2: {}})
	fmt.Println(string(b))
	_, err = Decode[Page[int]](`{"items":["x"]}`)
	fmt.Println(err)
}
