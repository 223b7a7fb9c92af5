package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Named struct {
	Name string `json:"name"`
}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type User struct {
	Base
	*Named
	Email  string         `json:"email"`
	Attrs  map[string]any `json:"attrs,omitempty"`
	Shape  Shape          `json:"shape"`
	Hidden int            `json:"-"`
	Dash   int            `json:"-,"`
	inner  int
}

func main() {
	u := User{Base: Base{ID: 7}, Named: &Named{"ann"}, Email: "a@x", Shape: Rect{2, 3}, Dash: 4, inner: 1}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))

	var v User
	err := json.Unmarshal([]byte(`{"id":9,"name":"bob","email":"b@y","attrs":{"n":1,"l":[true,null]},"-":5}`), &v)
	fmt.Println(err, v.ID, v.Named.Name, v.Email, v.Attrs, v.Dash)

	err = json.Unmarshal([]byte(`{"shape":{"W":1,"H":2}}`), &v)
	fmt.Println("error:", err)

	anon := struct {
		A int `json:"a"`
		B struct {
			C []int `json:"c"`
		} `json:"b"`
	}{A: 1}
	anon.B.C = []int{1, 2}
	b, _ = json.Marshal(anon)
	fmt.Println(string(b))

	var any1 any
	json.Unmarshal([]byte(`[1, "two", {"three": 3.5}, null, false]`), &any1)
	for _, e := range any1.([]any) {
		fmt.Printf("%T %v\n", e, e)
	}
	var ut *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"id":"x"}`), &v)
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ut = e
	}
	fmt.Println(err, ut != nil && ut.Field == "id")
}
