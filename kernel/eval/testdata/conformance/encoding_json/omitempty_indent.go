package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Nick     *string           `json:"nick,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Home     Address           `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Score    float64           `json:"score,string"`
	Dash     int               `json:"-,"`
	internal int
}

func main() {
	p := Person{Name: "Ann", Email: "x@y", Home: Address{Street: "Main"}, Score: 9.5, Dash: 7, internal: 1}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	nick := "annie"
	p.Nick = &nick
	p.Tags = []string{"a", "b"}
	p.Meta = map[string]string{"z": "1", "a": "2"}
	p.Work = &Address{"Side", "Town"}
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]int{1, 2}, ">", "\t")
	fmt.Println(string(b))
}
