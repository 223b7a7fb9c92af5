package main

import (
	"encoding/json"
	"fmt"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
	Meta[T]
}
type Meta[T any] struct {
	First T `json:"first"`
}
type User struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
}
type Role uint8

func (r Role) MarshalText() ([]byte, error) { return []byte([]string{"guest", "admin"}[r]), nil }
func (r *Role) UnmarshalText(b []byte) error {
	if string(b) == "admin" {
		*r = 1
	} else {
		*r = 0
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }
func (s *Sq) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"type":"sq","s":%g}`, s.S)), nil
}

type Result[T any] struct {
	Val T      `json:"val,omitempty"`
	Err string `json:"err,omitempty"`
}

func main() {
	n := 2
	p := Page[User]{Items: []User{{"a", 1}, {"b", 0}}, Next: &n, Meta: Meta[User]{User{"a", 1}}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Page[User]
	fmt.Println(json.Unmarshal(b, &back), back.Items[0].Role, *back.Next, back.First.Name)
	shapes := map[string]Shape{"x": &Sq{2}, "y": nil}
	b, err = json.Marshal(shapes)
	fmt.Println(string(b), err)
	rs := []Result[map[string]Role]{{Val: map[string]Role{"k": 1}}, {Err: "boom"}}
	b, err = json.Marshal(rs)
	fmt.Println(string(b), err)
	var rb []Result[map[string]Role]
	fmt.Println(json.Unmarshal(b, &rb), rb[0].Val["k"], len(rb))
	var anyRes Result[any]
	fmt.Println(json.Unmarshal([]byte(`{"val":[1,"two",{"three":3}]}`), &anyRes), anyRes.Val)
	pi := Page[int]{Items: []int{1}}
	b, _ = json.Marshal(pi)
	fmt.Println(string(b))
}
