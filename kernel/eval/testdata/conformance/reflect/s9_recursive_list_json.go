package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Item struct {
	Name string `json:"name"`
	Next *Item  `json:"next,omitempty"`
}

func main() {
	l := &Item{"a", &Item{"b", &Item{"c", nil}}}
	b, err := json.Marshal(l)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(l.Next, "", " ")
	fmt.Println(string(b))

	var back Item
	if err := json.Unmarshal([]byte(`{"name":"x","next":{"name":"y","next":{"name":"z"}}}`), &back); err != nil {
		fmt.Println(err)
	}
	for it := &back; it != nil; it = it.Next {
		fmt.Print(it.Name, " ")
	}
	fmt.Println()

	t := reflect.TypeOf(back)
	f, _ := t.FieldByName("Next")
	fmt.Println(f.Type, f.Type.Elem() == t, f.Tag.Get("json"))
	v := reflect.ValueOf(&back).Elem()
	n := 0
	for v.IsValid() {
		n++
		nx := v.FieldByName("Next")
		if nx.IsNil() {
			break
		}
		v = nx.Elem()
	}
	fmt.Println("length", n)
}
