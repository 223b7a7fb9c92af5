package main

import (
	"encoding/json"
	"fmt"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
	Total int  `json:"total"`
}

type User struct {
	ID    int               `json:"id"`
	Email string            `json:"email"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

func decode[T any](data string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(data), &v)
	return v, err
}

func main() {
	p, err := decode[Page[User]](`{"items":[{"id":1,"email":"a@x"},{"id":2,"email":"b@x","attrs":{"k":"v"}}],"next":2,"total":5}`)
	fmt.Println(err, len(p.Items), *p.Next, p.Total, p.Items[1].Attrs)
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	ints, err := decode[Page[int]](`{"items":[1,2,3],"total":3}`)
	fmt.Println(err, ints.Items, ints.Next == nil)
	b, _ = json.Marshal(ints)
	fmt.Println(string(b))
	_, err = decode[Page[int]](`{"items":["x"]}`)
	fmt.Println(err)
	m, err := decode[map[string][]float64](`{"a":[1.5,2],"b":[]}`)
	fmt.Println(m, err)
}
